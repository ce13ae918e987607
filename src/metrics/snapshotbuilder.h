#pragma once

// Private to the metrics module: builds a MetricsSnapshot from the parser's
// samples (metricssnapshot.cpp), for a whole payload or for one part of it
// (snapshotsplit.cpp).
#include "metricssnapshot.h"

#include <QCoreApplication>

#include <vector>

namespace phc {

namespace SnapshotText {
// This module's snapshot messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::MetricsSnapshot)
};
QString familyContinues(int firstLine);
// Joins `more` (in line order, as stats.issues) to stats.issues: the first
// maxIssues of both by line, the rest counted as dropped with `moreDropped`.
void keepFirstByLine(PromParseStats &stats, Issues more, int moreDropped, const PromParseLimits &limits);
} // namespace SnapshotText

// Streams the parser's samples into a snapshot.
class SnapshotBuilder final : public PromVisitor
{
public:
    SnapshotBuilder(MetricsSnapshot &snapshot, const PromParseLimits &limits) : m_snap(snapshot), m_limits(limits) { }

    void family(const PromFamilyHeader &h) override
    {
        m_lastSeries = -1;
        const auto it = m_snap.m_index.constFind(QByteArray::fromRawData(h.name.data(), h.name.size()));
        if (it != m_snap.m_index.cend()) {
            MetricFamily &f = m_snap.m_families[*it];
            if (f.type != h.type) {
                m_current = -1;
                reportAgain(h, *it, Again::OtherType);
                return;
            }
            m_current = *it;
            reportAgain(h, *it, Again::Continues);
            return;
        }
        if (m_snap.m_families.size() >= m_limits.maxFamilies) {
            m_current = -1;
            reportLimit(m_familyLimitReported, h.line, h.name, [&] {
                return SnapshotText::Text::tr("more than %1 families; the rest are dropped").arg(m_limits.maxFamilies);
            });
            return;
        }
        MetricFamily f;
        f.name = h.name.toByteArray();
        f.type = h.type;
        f.help = h.help.toByteArray();
        f.unit = h.unit.toByteArray();
        f.line = h.line;
        m_current = m_snap.m_families.size();
        m_snap.m_index.insert(f.name, m_current);
        m_snap.m_families.append(std::move(f));
    }

    void sample(const PromSample &s) override
    {
        if (m_current < 0)
            return;
        MetricFamily &f = m_snap.m_families[m_current];
        const bool quantile = f.type == MetricType::Summary && s.suffix == SampleSuffix::None;
        const QByteArrayView skip = s.suffix == SampleSuffix::Bucket ? QByteArrayView("le")
                                    : quantile                       ? QByteArrayView("quantile")
                                                                     : QByteArrayView();
        LabelSet::canonicalOrder(s.labels, skip, m_order);
        // Buckets of one series come in a row: try the previous series first,
        // without copying the labels.
        qsizetype index = m_lastSeries;
        if (index < 0 || !LabelSet::encodedEquals(f.series[index].labels.encoded(), m_order)) {
            LabelSet::encodeOrdered(m_order, m_key);
            const quint32 hash = SeriesIndex::hash(m_key);
            index = f.m_index.find(m_key, hash, f.series);
            if (index < 0) {
                if (m_snap.m_seriesCount >= m_limits.maxSeries) {
                    reportLimit(m_seriesLimitReported, s.line, s.name, [&] {
                        return SnapshotText::Text::tr("more than %1 series; the rest are dropped").arg(m_limits.maxSeries);
                    });
                    return;
                }
                MetricSeries series;
                series.labels = LabelSet::fromEncoded(m_key);
                // The series of a family mostly have the same buckets or
                // quantiles: room for as many as the last one had.
                if (!f.series.isEmpty()) {
                    series.buckets.reserve(f.series.constLast().buckets.size());
                    series.quantiles.reserve(f.series.constLast().quantiles.size());
                }
                index = f.series.size();
                f.m_index.insert(hash, index);
                f.series.append(std::move(series));
                ++m_snap.m_seriesCount;
            }
            m_lastSeries = index;
        }
        MetricSeries &series = f.series[index];
        if (s.timestampMs)
            series.timestampMs = s.timestampMs;
        switch (s.suffix) {
        case SampleSuffix::None:
            if (quantile)
                series.quantiles.append({s.bound, s.value});
            else
                series.value = s.value;
            break;
        case SampleSuffix::Total:
        case SampleSuffix::Info: series.value = s.value; break;
        case SampleSuffix::Created: series.created = s.value; break;
        case SampleSuffix::Bucket: series.buckets.append({s.bound, s.value}); break;
        case SampleSuffix::Sum:
        case SampleSuffix::GSum: series.sum = s.value; break;
        case SampleSuffix::Count:
        case SampleSuffix::GCount: series.count = s.value; break;
        }
    }

    // Moves the parser's stats and the builder's findings into the snapshot.
    // For a part of a payload: `lineOffset`, the lines before it, renumbers
    // its lines as in the whole; `earlier`, the snapshot of the part before,
    // has the first lines that messages about families seen again name.
    // `room`: how many of its issues can still be kept after the parts
    // before it; messages that cannot be are left unwritten.
    void finish(MetricsSnapshot &snapshot, PromParseStats stats, const PromParseLimits &limits,
                const MetricsSnapshot *earlier = nullptr, int lineOffset = 0, qsizetype room = -1);

    // Appends the snapshot of the payload's second part to the first's, as
    // one pass over both would have built it. False when it would not have
    // (a family's type changes across the cut, a series is in both parts, a
    // limit is reached): the caller parses the payload in one pass instead.
    static bool join(MetricsSnapshot &first, MetricsSnapshot &second, const PromParseLimits &limits);

    Issues issues; // at most PromParseLimits::maxIssues ...
    int dropped = 0; // ... the rest only counted
    int warnings = 0;

private:
    // A family seen again: its message names the family's first line, which
    // for a part of a payload may lie in an earlier part; written at finish().
    enum class Again { Continues, OtherType };
    struct AgainIssue
    {
        qsizetype issue;  // in `issues`
        qsizetype family; // in the snapshot
        Again kind;
        MetricType type;  // the type it appears with again
    };
    void reportAgain(const PromFamilyHeader &h, qsizetype family, Again kind)
    {
        const qsizetype before = issues.size();
        report(h.line, h.name, kind == Again::Continues ? Severity::Warning : Severity::Error, [] { return QString(); });
        if (issues.size() > before)
            m_again.push_back({before, family, kind, h.type});
    }

    // A limit is reported where it is first reached, once.
    template <typename Message>
    void reportLimit(bool &reported, int line, QByteArrayView name, Message message)
    {
        if (!reported)
            report(line, name, Severity::Error, message);
        reported = true;
    }

    // `message()` is called only while the list has room: a repeated warning costs no strings.
    template <typename Message>
    void report(int line, QByteArrayView name, Severity severity, Message message)
    {
        if (severity == Severity::Warning)
            ++warnings;
        // A family repeated on every other line would otherwise keep one issue per line.
        if (issues.size() >= m_limits.maxIssues) {
            ++dropped;
            return;
        }
        issues.append({QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 200))), line, 1, severity, message()});
    }

    MetricsSnapshot &m_snap;
    const PromParseLimits &m_limits;
    std::vector<AgainIssue> m_again;
    qsizetype m_current = -1;
    qsizetype m_lastSeries = -1;
    QByteArray m_key;
    std::vector<const PromLabel *> m_order;
    bool m_seriesLimitReported = false;
    bool m_familyLimitReported = false;
};

} // namespace phc
