#include "metricssnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::MetricsSnapshot)
};

// A key for lookups that borrows the bytes instead of copying them.
QByteArray borrowed(QByteArrayView bytes) { return QByteArray::fromRawData(bytes.data(), bytes.size()); }

} // namespace

// Streams the parser's samples into a snapshot.
class SnapshotBuilder final : public PromVisitor
{
public:
    SnapshotBuilder(MetricsSnapshot &snapshot, const PromParseLimits &limits) : m_snap(snapshot), m_limits(limits) { }

    void family(const PromFamilyHeader &h) override
    {
        m_lastSeries = -1;
        const auto it = m_snap.m_index.constFind(borrowed(h.name));
        if (it != m_snap.m_index.cend()) {
            MetricFamily &f = m_snap.m_families[*it];
            if (f.type != h.type) {
                m_current = -1;
                report(h.line, h.name, Severity::Error,
                       Text::tr("family appears again with another type (%1, first %2 at line %3); its samples are skipped")
                           .arg(metricTypeName(h.type), metricTypeName(f.type))
                           .arg(f.line));
                return;
            }
            m_current = *it;
            report(h.line, h.name, Severity::Warning,
                   Text::tr("family continues here after other families (first at line %1); merged").arg(f.line));
            return;
        }
        if (m_snap.m_families.size() >= m_limits.maxFamilies) {
            m_current = -1;
            if (!m_familyLimitReported)
                report(h.line, h.name, Severity::Error,
                       Text::tr("more than %1 families; the rest are dropped").arg(m_limits.maxFamilies));
            m_familyLimitReported = true;
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
        LabelSet::encode(s.labels, skip, m_order, m_key);
        // Buckets of one series come in a row: try the previous series first.
        qsizetype index = m_lastSeries;
        if (index < 0 || f.series[index].labels.encoded() != m_key) {
            const auto it = f.m_index.constFind(borrowed(m_key));
            if (it != f.m_index.cend()) {
                index = *it;
            } else {
                if (m_snap.m_seriesCount >= m_limits.maxSeries) {
                    if (!m_seriesLimitReported)
                        report(s.line, s.name, Severity::Error,
                               Text::tr("more than %1 series; the rest are dropped").arg(m_limits.maxSeries));
                    m_seriesLimitReported = true;
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
                f.m_index.insert(series.labels.encoded(), index);
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

    Issues issues; // at most PromParseLimits::maxIssues ...
    int dropped = 0; // ... the rest only counted
    int warnings = 0;

private:
    void report(int line, QByteArrayView name, Severity severity, const QString &message)
    {
        if (severity == Severity::Warning)
            ++warnings;
        // A family repeated on every other line would otherwise keep one issue per line.
        if (issues.size() >= m_limits.maxIssues) {
            ++dropped;
            return;
        }
        issues.append({QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 200))), line, 1, severity, message});
    }

    MetricsSnapshot &m_snap;
    const PromParseLimits &m_limits;
    qsizetype m_current = -1;
    qsizetype m_lastSeries = -1;
    QByteArray m_key;
    std::vector<const PromLabel *> m_order;
    bool m_seriesLimitReported = false;
    bool m_familyLimitReported = false;
};

const MetricSeries *MetricFamily::find(const LabelSet &labels) const
{
    const auto it = m_index.constFind(labels.encoded());
    return it == m_index.cend() ? nullptr : &series[*it];
}

MetricsSnapshot MetricsSnapshot::parse(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format)
{
    MetricsSnapshot snapshot;
    SnapshotBuilder builder(snapshot, limits);
    PromTextParser parser(limits);
    snapshot.m_stats = parser.parse(payload, builder, format);
    // The builder's findings join the parser's, in line order.
    snapshot.m_stats.warnings += builder.warnings;
    snapshot.m_stats.droppedIssues += builder.dropped;
    for (Issue &issue : builder.issues)
        snapshot.m_stats.report(limits, std::move(issue));
    std::stable_sort(snapshot.m_stats.issues.begin(), snapshot.m_stats.issues.end(),
                     [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return snapshot;
}

const MetricFamily *MetricsSnapshot::family(QByteArrayView name) const
{
    const auto exact = [this](QByteArrayView n) -> const MetricFamily * {
        const auto it = m_index.constFind(borrowed(n));
        return it == m_index.cend() ? nullptr : &m_families[*it];
    };
    if (const MetricFamily *f = exact(name))
        return f;
    const QByteArrayView total("_total");
    if (name.endsWith(total)) {
        const MetricFamily *f = exact(name.chopped(total.size()));
        return f && f->type == MetricType::Counter ? f : nullptr;
    }
    const MetricFamily *f = exact(QByteArray(name.toByteArray() + total.toByteArray()));
    return f && (f->type == MetricType::Counter || f->type == MetricType::Untyped) ? f : nullptr;
}

std::array<int, metricTypeCount> MetricsSnapshot::familiesByType() const
{
    std::array<int, metricTypeCount> counts {};
    for (const MetricFamily &f : m_families)
        ++counts[size_t(f.type)];
    return counts;
}

} // namespace phc
