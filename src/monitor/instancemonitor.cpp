#include "instancemonitor.h"

#include "metrics/metricssnapshot.h"
#include "monitor/httpfetcher.h"
#include "monitor/metricsscraper.h"
#include "monitor/prometheusapiclient.h"
#include "sizing/cloudpricing.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace phc {

namespace {

QJsonValue optionalNumber(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

// Parses direct scrapes on its own thread so that a large payload never
// stalls the GUI; the key metrics are computed there too, against the
// previous snapshot the monitor hands back in.
class ScrapeParser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void parse(quint64 generation, const QByteArray &body, qint64 atMs,
               const std::shared_ptr<const phc::MetricsSnapshot> &previous, const phc::MetricPresets &presets,
               const QString &choice)
    {
        auto snapshot = std::make_shared<MetricsSnapshot>(MetricsSnapshot::parse(body));
        snapshot->scrapedAtMs = atMs;
        const MetricPreset *preset = choice.isEmpty() ? presets.pick(*snapshot) : presets.find(choice);
        KeyMetrics metrics;
        QString problem;
        if (snapshot->families().isEmpty() && snapshot->stats().malformedLines > 0) {
            problem = tr("not a Prometheus text payload: %n malformed line(s)", nullptr,
                         snapshot->stats().malformedLines);
        } else if (preset) {
            const double seconds = previous ? double(atMs - previous->scrapedAtMs) / 1000.0 : 0;
            metrics = KeyMetrics::compute(*preset, *snapshot, previous && seconds > 0 ? previous.get() : nullptr,
                                          seconds);
        } else if (choice.isEmpty()) {
            problem = snapshot->families().isEmpty() ? tr("the answer holds no metrics")
                                                     : tr("no key metric of any preset is exposed here");
        } else {
            problem = tr("no preset named '%1'").arg(choice);
        }
        Q_EMIT parsed(generation, atMs, std::shared_ptr<const MetricsSnapshot>(std::move(snapshot)), metrics, problem);
    }

Q_SIGNALS:
    void parsed(quint64 generation, qint64 atMs, const std::shared_ptr<const phc::MetricsSnapshot> &snapshot,
                const phc::KeyMetrics &metrics, const QString &problem);
};

InstanceHealth InstanceStatus::overall() const
{
    if (probeHealth == InstanceHealth::Unknown || probeHealth == InstanceHealth::Down)
        return probeHealth;
    const bool critical = std::any_of(crossings.cbegin(), crossings.cend(), [](const ThresholdCrossing &c) {
        return c.level == MetricThreshold::Level::Critical;
    });
    if (probeHealth == InstanceHealth::Degraded || critical || (metricsConfigured && !metricsError.isEmpty()))
        return InstanceHealth::Degraded;
    return InstanceHealth::Healthy;
}

QJsonObject InstanceStatus::toJson(const CloudPricing &pricing) const
{
    QJsonArray probeArray;
    for (const ProbeState &p : probes) {
        QJsonObject o {
            {QStringLiteral("path"), p.path},
            {QStringLiteral("status"), probeStatusName(p.last.status)},
            {QStringLiteral("httpCode"), p.last.httpCode},
            {QStringLiteral("latencyMs"), std::round(p.last.latencyMs * 10) / 10},
        };
        if (!p.last.failing().isEmpty())
            o.insert(QStringLiteral("failing"), QJsonArray::fromStringList(p.last.failing()));
        if (p.last.status != ProbeStatus::Up)
            o.insert(QStringLiteral("summary"), p.last.summary);
        probeArray.append(o);
    }
    QJsonObject metricsObject;
    for (const KeyMetric key : allKeyMetrics)
        metricsObject.insert(keyMetricName(key), optionalNumber(metrics.value(key)));
    QJsonArray crossingArray;
    for (const ThresholdCrossing &c : crossings)
        crossingArray.append(QJsonObject {{QStringLiteral("metric"), keyMetricName(c.key)},
                                          {QStringLiteral("level"), thresholdLevelName(c.level)},
                                          {QStringLiteral("value"), c.value},
                                          {QStringLiteral("limit"), c.limit}});
    QJsonObject o {
        {QStringLiteral("status"), instanceHealthName(overall())},
        {QStringLiteral("probes"), probeArray},
        {QStringLiteral("metrics"), metricsObject},
        {QStringLiteral("projection"), projection ? QJsonValue(projection->toJson(pricing)) : QJsonValue()},
        {QStringLiteral("thresholds"), crossingArray},
    };
    // Always present, null without a metrics source: a script reads the same keys every time.
    o.insert(QStringLiteral("preset"), preset.isEmpty() ? QJsonValue() : QJsonValue(preset));
    o.insert(QStringLiteral("metricsError"), metricsError.isEmpty() ? QJsonValue() : QJsonValue(metricsError));
    return o;
}

InstanceMonitor::InstanceMonitor(HttpFetcher *fetcher, QObject *parent)
    : QObject(parent),
      m_fetcher(fetcher),
      m_prober(new HealthProber(fetcher, this)),
      m_scraper(new MetricsScraper(fetcher, this)),
      m_prometheus(new PrometheusApiClient(fetcher, this)),
      m_timer(new QTimer(this)),
      m_parser(new ScrapeParser),
      m_cost(SizingModel::builtIn(), CloudPricing::builtIn())
{
    qRegisterMetaType<InstanceStatus>();
    qRegisterMetaType<KeyMetric>();
    qRegisterMetaType<MetricThreshold::Level>();
    qRegisterMetaType<std::shared_ptr<const MetricsSnapshot>>();
    qRegisterMetaType<MetricPresets>();
    qRegisterMetaType<KeyMetrics>();

    m_parser->moveToThread(&m_parserThread);
    connect(&m_parserThread, &QThread::finished, m_parser, &QObject::deleteLater);
    connect(m_parser, &ScrapeParser::parsed, this, &InstanceMonitor::onParsed);
    m_parserThread.setObjectName(QStringLiteral("metrics-parser"));
    m_parserThread.start();

    connect(m_timer, &QTimer::timeout, this, [this] { roundOnce(); });
    connect(m_prober, &HealthProber::probeUpdated, this, &InstanceMonitor::probeUpdated);
    connect(m_prober, &HealthProber::roundFinished, this, &InstanceMonitor::finishProbes);
    connect(m_scraper, &MetricsScraper::scraped, this, &InstanceMonitor::onScraped);
    setSettings(m_settings);
}

InstanceMonitor::~InstanceMonitor()
{
    m_parserThread.quit();
    m_parserThread.wait();
}

QString InstanceMonitor::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    QString problem;
    if (m_fetcher)
        problem = m_fetcher->setOptions(settings.fetchOptions());
    m_prober->setSettings(settings);
    m_scraper->setUrl(settings.metricsSource == MetricsSource::DirectScrape ? settings.metricsUrl : QUrl());
    m_prometheus->setBaseUrl(settings.metricsSource == MetricsSource::PrometheusServer ? settings.metricsUrl : QUrl());
    m_timer->setInterval(settings.pollIntervalMs);
    resetState();
    return problem;
}

void InstanceMonitor::setPresets(const MetricPresets &presets)
{
    m_presets = presets;
    m_previous.reset();
}

void InstanceMonitor::setPresetChoice(const QString &name)
{
    m_presetChoice = name;
    m_previous.reset();
}

void InstanceMonitor::setCostComparison(const CostComparison &comparison) { m_cost = comparison; }

void InstanceMonitor::setClock(Clock clock)
{
    m_clock = clock;
    m_prober->setClock(clock);
    m_scraper->setClock(std::move(clock));
}

void InstanceMonitor::setHistoryCapacity(qsizetype points)
{
    m_historyCapacity = qMax<qsizetype>(2, points);
    for (auto &h : m_history)
        h = std::make_unique<RingBuffer<TimePoint>>(m_historyCapacity);
}

void InstanceMonitor::resetState()
{
    ++m_generation;
    m_probesOut = m_metricsOut = false;
    m_previous.reset();
    m_status = InstanceStatus();
    m_status.probes = m_prober->states();
    m_status.metricsConfigured = m_settings.metricsSource != MetricsSource::None && m_settings.metricsUrl.isValid();
    m_levels.fill(MetricThreshold::Level::Ok);
    m_rounds = 0;
    setHistoryCapacity(m_historyCapacity);
}

qsizetype InstanceMonitor::historyBytes() const
{
    qsizetype bytes = 0;
    for (const auto &h : m_history)
        bytes += h->storageBytes();
    return bytes;
}

void InstanceMonitor::start()
{
    roundOnce();
    m_timer->start();
}

void InstanceMonitor::stop()
{
    m_timer->stop();
    m_prober->stop();
    m_scraper->stop();
}

bool InstanceMonitor::isRunning() const { return m_timer->isActive(); }

bool InstanceMonitor::roundOnce()
{
    if (roundInProgress())
        return false;
    m_probesOut = !m_settings.probePaths.isEmpty() && m_prober->probeOnce();
    if (m_status.metricsConfigured) {
        m_metricsOut = true;
        startMetrics();
    }
    if (!m_probesOut && !m_metricsOut) {
        // Nothing to ask: still a round, so that callers waiting on one go on.
        m_status.atMs = m_clock();
        ++m_rounds;
        Q_EMIT roundFinished(m_status);
    }
    return true;
}

void InstanceMonitor::startMetrics()
{
    if (m_settings.metricsSource == MetricsSource::DirectScrape) {
        if (!m_scraper->scrapeOnce())
            m_metricsOut = m_scraper->scrapeInProgress();
        return;
    }
    queryPrometheus(m_generation);
}

void InstanceMonitor::onScraped(const ScrapeResult &result)
{
    if (!m_metricsOut)
        return;
    if (!result.ok()) {
        finishMetrics(result.startedAtMs, KeyMetrics(), result.fetch.errorText);
        return;
    }
    QMetaObject::invokeMethod(
        m_parser,
        [parser = m_parser, generation = m_generation, body = result.body(), atMs = result.startedAtMs,
         previous = m_previous, presets = m_presets, choice = m_presetChoice] {
            parser->parse(generation, body, atMs, previous, presets, choice);
        },
        Qt::QueuedConnection);
}

void InstanceMonitor::onParsed(quint64 generation, qint64 atMs,
                               const std::shared_ptr<const MetricsSnapshot> &snapshot, const KeyMetrics &metrics,
                               const QString &problem)
{
    if (generation != m_generation || !m_metricsOut)
        return;
    if (problem.isEmpty())
        m_previous = snapshot;
    finishMetrics(atMs, metrics, problem);
}

void InstanceMonitor::queryPrometheus(quint64 generation)
{
    const qint64 startedAtMs = m_clock();
    if (!m_presetChoice.isEmpty()) {
        const MetricPreset *preset = m_presets.find(m_presetChoice);
        if (!preset) {
            QTimer::singleShot(0, this, [this, generation, startedAtMs, choice = m_presetChoice] {
                if (generation == m_generation)
                    finishMetrics(startedAtMs, KeyMetrics(), tr("no preset named '%1'").arg(choice));
            });
            return;
        }
        queryKeyMetrics(generation, preset);
        return;
    }
    // Which candidate names the server has, in one query. Metric names need
    // no escaping in the regex: their only non-word character, ':', is literal.
    const QString promql =
        QStringLiteral("count by (__name__) ({__name__=~\"%1\"})").arg(m_presets.candidateNames().join(u'|'));
    m_prometheus->query(promql, std::nullopt, this, [this, generation, startedAtMs](const PromQueryResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            finishMetrics(startedAtMs, KeyMetrics(), r.errorText());
            return;
        }
        QSet<QString> names;
        for (const PromSeries &s : r.response->series)
            names.insert(s.metricName());
        const MetricPreset *preset = m_presets.pick([&names](const QString &n) { return names.contains(n); });
        if (!preset) {
            finishMetrics(startedAtMs, KeyMetrics(), tr("the Prometheus server has no key metric of any preset"));
            return;
        }
        queryKeyMetrics(generation, preset);
    });
}

void InstanceMonitor::queryKeyMetrics(quint64 generation, const MetricPreset *preset)
{
    // One instant query per key metric, all at once; the sample is complete
    // when the last answers. Sources are tried by the names the server has
    // when the preset was picked; with a chosen preset, its first source.
    struct Pending
    {
        QString preset;
        QList<KeyMetricReading> readings;
        int outstanding = 0;
        QString firstError;
        qint64 startedAtMs = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->preset = preset->name;
    pending->startedAtMs = m_clock();
    const QString window = QStringLiteral("%1s").arg(m_settings.rateWindowSeconds);
    for (const KeyMetric key : allKeyMetrics) {
        KeyMetricReading reading;
        reading.key = key;
        const KeyMetricMapping *mapping = preset->mapping(key);
        if (!mapping || mapping->sources.isEmpty())
            reading.note = tr("not mapped in this preset");
        pending->readings.append(reading);
    }
    const auto finishOne = [this, generation, pending] {
        if (--pending->outstanding > 0 || generation != m_generation)
            return;
        const KeyMetrics metrics = KeyMetrics::fromReadings(pending->preset, pending->readings);
        const bool any = std::any_of(pending->readings.cbegin(), pending->readings.cend(),
                                     [](const KeyMetricReading &r) { return r.value.has_value(); });
        finishMetrics(pending->startedAtMs, metrics, any ? QString() : pending->firstError);
    };
    for (qsizetype i = 0; i < pending->readings.size(); ++i) {
        const KeyMetricMapping *mapping = preset->mapping(pending->readings[i].key);
        if (!mapping || mapping->sources.isEmpty())
            continue;
        const MetricSource &source = mapping->sources.constFirst();
        pending->readings[i].metric = source.metric;
        pending->readings[i].kind = source.kind;
        ++pending->outstanding;
        m_prometheus->query(source.promQL(window), std::nullopt, this, [pending, i, finishOne](const PromQueryResult &r) {
            KeyMetricReading &reading = pending->readings[i];
            if (!r.ok()) {
                reading.note = r.errorText();
                if (pending->firstError.isEmpty())
                    pending->firstError = reading.note;
            } else if (r.response->resultType == PromResultType::Scalar) {
                reading.value = r.response->scalar.value;
            } else if (!r.response->series.isEmpty() && !r.response->series.constFirst().points.isEmpty()) {
                double sum = 0;
                for (const PromSeries &s : r.response->series)
                    sum += s.points.constLast().value;
                reading.value = sum;
            } else {
                reading.note = tr("no data in the window");
            }
            if (reading.value && !std::isfinite(*reading.value)) {
                reading.note = tr("no samples in the window");
                reading.value.reset();
            }
            finishOne();
        });
    }
    if (pending->outstanding == 0) {
        ++pending->outstanding;
        QTimer::singleShot(0, this, finishOne);
    }
}

void InstanceMonitor::finishMetrics(qint64 atMs, const KeyMetrics &metrics, const QString &error)
{
    m_metricsOut = false;
    m_status.metrics = metrics;
    m_status.preset = metrics.preset;
    m_status.metricsError = error;
    m_status.crossings.clear();
    for (const KeyMetric key : allKeyMetrics) {
        const std::optional<double> value = metrics.value(key);
        m_history[size_t(key)]->push({atMs, value ? *value : std::numeric_limits<double>::quiet_NaN()});
        MetricThreshold::Level level = MetricThreshold::Level::Ok;
        if (const MetricThreshold *t = m_presets.threshold(key)) {
            level = t->levelOf(value);
            if (level != MetricThreshold::Level::Ok)
                m_status.crossings.append({key, level, *value,
                                           level == MetricThreshold::Level::Critical ? *t->critical : *t->warn});
        }
        if (level != m_levels[size_t(key)]) {
            m_levels[size_t(key)] = level;
            Q_EMIT thresholdChanged(key, level, value.value_or(std::numeric_limits<double>::quiet_NaN()));
        }
    }
    if (metrics.eventsIngestedPerSecond && std::isfinite(*metrics.eventsIngestedPerSecond))
        m_status.projection = m_cost.project(*metrics.eventsIngestedPerSecond);
    else
        m_status.projection.reset();
    Q_EMIT metricsUpdated(m_status);
    maybeFinishRound();
}

void InstanceMonitor::finishProbes(const QList<ProbeState> &states)
{
    if (!m_probesOut)
        return;
    m_probesOut = false;
    m_status.probes = states;
    m_status.probeHealth = HealthProber::overall(states);
    maybeFinishRound();
}

void InstanceMonitor::maybeFinishRound()
{
    if (roundInProgress())
        return;
    m_status.atMs = m_clock();
    ++m_rounds;
    Q_EMIT roundFinished(m_status);
}

} // namespace phc

#include "instancemonitor.moc"
