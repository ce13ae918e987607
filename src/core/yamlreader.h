#pragma once

#include "issue.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace phc {

// Upper bound on any YAML document this program reads (profiles, chart
// values, data tables); larger input is refused before parsing.
inline constexpr qsizetype maxYamlDocumentBytes = 4 * 1024 * 1024;
// ... and on what its first document may hold, counted before any node is
// built (yaml-cpp needs some 250 bytes a node: 4 MiB of "- a" lines would
// take a gigabyte). A profile has about 100 nodes, the chart's values.yaml
// some 4,000; neither nests more than 12 deep.
inline constexpr qsizetype maxYamlNodes = 100'000; // scalars, lists, mappings and aliases
inline constexpr int maxYamlDepth = 100;           // nested lists and mappings

// Reads a YAML file, at most maxYamlDocumentBytes of it: a larger file (or
// a device or pipe that never ends) is refused after reading one byte more.
std::optional<QByteArray> readYamlFile(const QString &path, Issues &issues);

// Parses text into a yaml-cpp node; a syntax error becomes an Issue with the
// parser's position, as does the first byte that is not UTF-8. yaml-cpp
// exceptions (including its nesting limit) never leave this function.
std::optional<YAML::Node> parseYaml(const QByteArray &text, Issues &issues);

// Offset of the first byte of `text` that does not start or continue a
// well-formed UTF-8 sequence (no overlong forms, surrogates or values past
// U+10FFFF); -1 when all of it is UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView text);

// Position of a node as 1-based line and column.
int lineOf(const YAML::Node &node);
int columnOf(const YAML::Node &node);

// Strict reader for one YAML mapping. Every key read is remembered; finish()
// reports the others as unknown, with a "did you mean" hint, so a typo never
// silently falls back to a default. Positions of every key read are recorded
// into `positions` (when given) under their key path.
class MapReader
{
public:
    using PositionSink = std::function<void(const QString &path, int line, int column)>;

    MapReader(const YAML::Node &node, QString path, Issues &issues, PositionSink sink = {});

    bool isValid() const { return m_valid; }
    bool has(const char *key) const;
    QString pathOf(const char *key) const;
    YAML::Node node(const char *key);

    // Each reader returns true when the key was present and well-formed;
    // false leaves `out` untouched. A missing `required` key is an error.
    bool string(const char *key, QString &out, bool required = false);
    bool integer(const char *key, qint64 &out, bool required = false);
    bool integer(const char *key, int &out, bool required = false);
    bool boolean(const char *key, bool &out, bool required = false);
    bool real(const char *key, double &out, bool required = false);
    bool stringList(const char *key, QStringList &out, bool required = false);
    bool choice(const char *key, const QStringList &allowed, QString &out, bool required = false);
    MapReader map(const char *key, bool required = false);
    // One reader per element of a list of mappings.
    QList<MapReader> mapList(const char *key, bool required = false);

    void error(const char *key, const QString &message);
    void errorAtNode(const YAML::Node &node, const QString &path, const QString &message);

    void finish();

    static QString closestMatch(const QString &word, const QStringList &candidates);

private:
    struct Scalar
    {
        YAML::Node node;
        QString text;
        bool quoted = false;
    };
    std::optional<Scalar> scalar(const char *key, bool required);
    std::optional<YAML::Node> lookup(const char *key, bool required);
    std::optional<QString> scalarText(const YAML::Node &value, const QString &path);
    void record(const QString &path, const YAML::Node &node);

    YAML::Node m_node;
    QString m_path;
    Issues *m_issues;
    PositionSink m_sink;
    bool m_valid = false;
    QStringList m_known;
    QSet<QString> m_reported;
};

} // namespace phc
