#pragma once

// Private to the metrics module: the rules of OpenMetrics 1.0 that a
// lenient read does not need, checked for a payload in OpenMetrics form
// (PromTextParser feeds it). Each broken rule is a violation; the values
// are read all the same.
#include "promtextparser.h"

#include <QByteArray>
#include <QSet>

#include <optional>
#include <span>
#include <vector>

namespace phc {

class OpenMetricsChecker
{
public:
    struct Violation
    {
        int line = 0;
        int column = 1;
        QByteArray metric;
        const char *message = nullptr; // QT_TRANSLATE_NOOP in phc::PromTextParser
        QByteArray arg;
    };

    // Where `line` (no newline) first breaks the ABNF, or nullopt.
    struct SyntaxError
    {
        qsizetype at = 0;
        const char *message = nullptr;
    };
    static std::optional<SyntaxError> checkSyntax(QByteArrayView line);

    // A read sample with what the rules need besides PromSample.
    struct SampleFacts
    {
        const PromSample *sample = nullptr;
        QByteArrayView boundText;            // the le / quantile label's value as written
        std::optional<double> timestampSeconds;
        std::span<const PromLabel> exemplarLabels;
        int valueColumn = 1;
        int exemplarColumn = 1;
    };

    void reset();
    void sample(const SampleFacts &facts);
    // The current family ends (before another starts, at # EOF, at the end).
    void familyEnded(QByteArrayView name, MetricType type, int line);

    std::vector<Violation> violations; // drained by the parser

private:
    void report(int line, int column, QByteArrayView metric, const char *message, QByteArrayView arg = {});
    void groupKey(const PromSample &s, QByteArray &out);
    void endHistogramGroup();

    QSet<QByteArray> m_seenNames; // every family's names, with its type's suffixes
    // The family's metric points, grouped as the specification orders them.
    QSet<QByteArray> m_seenGroups;
    QByteArray m_group;
    QByteArray m_key;
    std::vector<const PromLabel *> m_sorted; // reused: no allocation per sample
    bool m_hasGroup = false;
    std::optional<double> m_groupTimestamp;
    QSet<QByteArray> m_groupSeries; // series seen at the group's timestamp
    QByteArray m_seriesKey;

    // The histogram point being read (a group at one timestamp).
    struct Histogram
    {
        bool active = false;
        QByteArray key;
        std::optional<double> timestamp;
        std::optional<double> count;
        std::optional<double> bucket;
        double value = 0;
        bool negativeBuckets = false, hasSum = false, hasGSum = false, negativeGSum = false;
        int line = 0;
        QByteArray family;
    };
    Histogram m_histogram;
};

} // namespace phc
