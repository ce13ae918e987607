#include "keymetrics.h"

#include "aggregation.h"
#include "histogramquantile.h"
#include "metricssnapshot.h"
#include "ratecalculator.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::KeyMetrics)
};

QString tr(const char *text) { return Text::tr(text); }

std::optional<double> total(const QList<SeriesValue> &series)
{
    const QList<SeriesValue> sum = Aggregation::sum(series);
    if (sum.isEmpty() || std::isnan(sum.constFirst().value))
        return std::nullopt;
    return sum.constFirst().value;
}

class Reader
{
public:
    Reader(const MetricsSnapshot &current, const MetricsSnapshot *previous, double seconds)
        : m_cur(current), m_prev(previous), m_seconds(seconds)
    {
    }

    void read(const MetricSource &s, KeyMetricReading &r) const
    {
        r.metric = s.metric;
        r.kind = s.kind;
        r.note = s.note;
        switch (s.kind) {
        case MetricSource::Kind::Rate: readRate(s, r); break;
        case MetricSource::Kind::Gauge: readGauge(s, r); break;
        case MetricSource::Kind::Quantile: readQuantile(s, r); break;
        case MetricSource::Kind::Mean: readMean(s, r); break;
        }
        if (r.value) {
            *r.value *= s.scale;
            if (!std::isfinite(*r.value))
                r.value.reset();
        }
    }

private:
    // The family in the current scrape, or nullptr with the reason noted.
    const MetricFamily *current(const QString &metric, KeyMetricReading &r) const
    {
        const MetricFamily *f = m_cur.family(metric.toUtf8());
        if (!f)
            r.note = Text::tr("%1 is not exposed as a family of its own").arg(metric);
        return f;
    }

    // The family in the previous scrape, or nullptr with the reason noted.
    const MetricFamily *previous(const QString &metric, KeyMetricReading &r) const
    {
        if (!m_prev) {
            r.note = Text::tr("needs two scrapes");
            return nullptr;
        }
        if (!(m_seconds > 0)) {
            r.note = Text::tr("the interval between the scrapes is not positive");
            return nullptr;
        }
        const MetricFamily *f = m_prev->family(metric.toUtf8());
        if (!f)
            r.note = Text::tr("not in the previous scrape");
        return f;
    }

    std::optional<double> rate(const QString &metric, const QList<LabelMatcher> &labels, KeyMetricReading &r) const
    {
        const MetricFamily *cf = current(metric, r);
        const MetricFamily *pf = cf ? previous(metric, r) : nullptr;
        if (!pf)
            return std::nullopt;
        const auto v = total(RateCalculator::rates(*pf, *cf, m_seconds, labels));
        if (!v)
            r.note = Text::tr("no series in both scrapes");
        return v;
    }

    void readRate(const MetricSource &s, KeyMetricReading &r) const { r.value = rate(s.metric, s.labels, r); }

    void readGauge(const MetricSource &s, KeyMetricReading &r) const
    {
        const MetricFamily *f = current(s.metric, r);
        if (!f)
            return;
        r.value = total(Aggregation::values(*f, s.labels));
        if (!r.value)
            r.note = Text::tr("no series with a value");
    }

    void readQuantile(const MetricSource &s, KeyMetricReading &r) const
    {
        const MetricFamily *cf = current(s.metric, r);
        if (!cf)
            return;
        const MetricFamily &f = *cf;
        if (f.type != MetricType::Histogram && f.type != MetricType::GaugeHistogram) {
            r.note = Text::tr("is a %1, not a histogram").arg(metricTypeName(f.type));
            return;
        }
        QList<HistogramSeries> series;
        if (f.type == MetricType::GaugeHistogram) {
            series = Aggregation::histograms(f, s.labels); // a distribution as it is now, not a counter
        } else if (m_prev) {
            const MetricFamily *pf = previous(s.metric, r);
            if (!pf)
                return;
            series = RateCalculator::increases(*pf, f, s.labels);
        } else {
            series = Aggregation::histograms(f, s.labels);
            r.cumulative = true;
        }
        const QList<HistogramSeries> sum = Aggregation::sum(series);
        const double q = sum.isEmpty() ? MetricSeries::none : histogramQuantile(s.quantile, sum.constFirst().buckets);
        if (std::isnan(q))
            r.note = m_prev ? Text::tr("no observations in the interval") : Text::tr("no observations");
        else
            r.value = q;
    }

    void readMean(const MetricSource &s, KeyMetricReading &r) const
    {
        std::optional<double> sum, count;
        if (m_prev) {
            sum = rate(s.metric, s.labels, r);
            count = rate(s.countMetric, s.labels, r);
        } else {
            const MetricFamily *sf = current(s.metric, r);
            const MetricFamily *cf = current(s.countMetric, r);
            if (!sf || !cf)
                return;
            sum = total(Aggregation::values(*sf, s.labels));
            count = total(Aggregation::values(*cf, s.labels));
            r.cumulative = true;
        }
        if (!sum || !count)
            return;
        if (*count == 0) {
            r.note = m_prev ? Text::tr("nothing counted in the interval") : Text::tr("nothing counted");
            return;
        }
        r.value = *sum / *count;
    }

    const MetricsSnapshot &m_cur;
    const MetricsSnapshot *m_prev;
    double m_seconds;
};

} // namespace

std::optional<double> KeyMetrics::value(KeyMetric key) const
{
    switch (key) {
    case KeyMetric::EventsIngestedPerSecond: return eventsIngestedPerSecond;
    case KeyMetric::QueueSize: return queueSize;
    case KeyMetric::ClickhouseQueryP95Seconds: return clickhouseQueryP95Seconds;
    case KeyMetric::ApiResponseP95Seconds: return apiResponseP95Seconds;
    }
    return std::nullopt;
}

QJsonObject KeyMetrics::toJson() const
{
    QJsonObject o;
    for (const KeyMetric key : allKeyMetrics) {
        const auto v = value(key);
        o.insert(keyMetricName(key), v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

KeyMetrics KeyMetrics::fromReadings(const QString &preset, const QList<KeyMetricReading> &readings)
{
    KeyMetrics out;
    out.preset = preset;
    out.readings = readings;
    for (const KeyMetricReading &r : readings) {
        switch (r.key) {
        case KeyMetric::EventsIngestedPerSecond: out.eventsIngestedPerSecond = r.value; break;
        case KeyMetric::QueueSize: out.queueSize = r.value; break;
        case KeyMetric::ClickhouseQueryP95Seconds: out.clickhouseQueryP95Seconds = r.value; break;
        case KeyMetric::ApiResponseP95Seconds: out.apiResponseP95Seconds = r.value; break;
        }
    }
    return out;
}

KeyMetrics KeyMetrics::compute(const MetricPreset &preset, const MetricsSnapshot &current,
                               const MetricsSnapshot *previous, double intervalSeconds)
{
    QList<KeyMetricReading> readings;
    const Reader reader(current, previous, intervalSeconds);
    const auto exists = [&current](const QString &name) { return current.family(name.toUtf8()) != nullptr; };
    for (const KeyMetric key : allKeyMetrics) {
        KeyMetricReading r;
        r.key = key;
        const KeyMetricMapping *mapping = preset.mapping(key);
        if (const MetricSource *source = mapping ? mapping->sourceIn(exists) : nullptr)
            reader.read(*source, r);
        else
            r.note = mapping ? tr("not exposed") : tr("not mapped in this preset");
        readings.append(r);
    }
    return fromReadings(preset.name, readings);
}

} // namespace phc
