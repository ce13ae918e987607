#pragma once

#include "core/issue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace phc {

// Typed access to the fields of PostHog's JSON answers, each problem an
// issue at its JSON path ("results[2].status"). A field of the wrong type is
// an error; a missing one is an error only when it is required.
class JsonFields
{
public:
    explicit JsonFields(Issues &issues) : m_issues(issues) { }

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);

    std::optional<QString> string(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    // A string, or null (empty then).
    std::optional<QString> nullableString(const QJsonObject &obj, const QString &key, const QString &path);
    std::optional<qint64> integer(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    std::optional<double> number(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    std::optional<bool> boolean(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    std::optional<QJsonArray> array(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    std::optional<QJsonObject> object(const QJsonObject &obj, const QString &key, const QString &path, bool required);

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

    Issues &issues() { return m_issues; }

private:
    std::optional<QJsonValue> value(const QJsonObject &obj, const QString &key, const QString &path, bool required);
    Issues &m_issues;
};

} // namespace phc
