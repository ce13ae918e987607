#include "probecommand.h"

#include "cli.h"
#include "clisupport.h"

#include "monitor/diagnostics.h"
#include "monitor/httpfetcher.h"
#include "monitor/instancemonitor.h"
#include "sizing/replicadrift.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

namespace phc::Cli {

namespace {

using namespace CliSupport;

// The exit codes of monitoring plugins (Nagios, Icinga, Sensu): OK, WARNING,
// CRITICAL, UNKNOWN. Cli::Usage (2) would read as "down", so wrong arguments
// are "no verdict" here.
enum ProbeExit { Healthy = 0, Degraded = 1, Down = 2, NoVerdict = 3 };

const char apiKeyVariable[] = "POSTHOG_PERSONAL_API_KEY";

int exitCodeOf(InstanceHealth health)
{
    switch (health) {
    case InstanceHealth::Healthy: return Healthy;
    case InstanceHealth::Degraded: return Degraded;
    case InstanceHealth::Down: return Down;
    case InstanceHealth::Unknown: break; // no probe was checked: nothing says the instance answers
    }
    return NoVerdict;
}

QString extraHelp()
{
    return tr("Each round checks the probes, reads the key metrics and projects the ingestion rate onto the sizing\n"
              "tables. A direct scrape needs two samples for rates: --once takes two, --sample-interval apart, and\n"
              "prints the second; with --watch the first round's rates are unknown (null).\n\n"
              "The personal API key is read from the environment variable %1, never from the\n"
              "command line (where other users can see it). When it is set, every round also checks that it is\n"
              "accepted (GET /api/users/@me/); it is sent only to the origin of --url, and only over https or to\n"
              "this computer.\n\n"
              "Exit codes (those of monitoring plugins; with --watch, the last round's):\n"
              "  0  healthy\n"
              "  1  degraded: a probe is not up, a key metric is past its critical limit, the metrics\n"
              "     source could not be read, or the API key was refused\n"
              "  2  down: no probe answered\n"
              "  3  no verdict: wrong arguments, a --presets, --profile or --ca-file file with problems,\n"
              "     or stopped before the first round finished\n")
        .arg(QLatin1StringView(apiKeyVariable));
}

// SIGINT and SIGTERM end the watch: the handler only writes a byte, which
// the event loop reads; the previous handlers come back afterwards.
class SignalPipe
{
public:
    explicit SignalPipe(std::function<void()> onSignal)
    {
        if (::pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        s_writeFd = m_fds[1];
        struct sigaction sa {};
        sa.sa_handler = &SignalPipe::handle;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
        m_notifier = std::make_unique<QSocketNotifier>(m_fds[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [this, onSignal = std::move(onSignal)] {
                             char buffer[16];
                             while (::read(m_fds[0], buffer, sizeof buffer) > 0) { }
                             onSignal();
                         });
    }
    ~SignalPipe()
    {
        if (m_fds[0] < 0)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        s_writeFd = -1;
        m_notifier.reset();
        ::close(m_fds[0]);
        ::close(m_fds[1]);
    }
    SignalPipe(const SignalPipe &) = delete;
    SignalPipe &operator=(const SignalPipe &) = delete;

private:
    static void handle(int)
    {
        const char byte = 1;
        if (s_writeFd >= 0 && ::write(s_writeFd, &byte, 1) < 0) { } // a full pipe already says "stop"
    }
    static inline volatile sig_atomic_t s_writeFd = -1;
    int m_fds[2] = {-1, -1};
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

struct RoundResult
{
    InstanceStatus status;
    std::optional<DiagnosticCheck> apiKey; // when a key is configured

    // The monitor's verdict, and degraded when the given key is refused: a
    // revoked key breaks every script that uses it, so it is worth a page.
    InstanceHealth health() const
    {
        const InstanceHealth h = status.overall();
        if (h == InstanceHealth::Healthy && apiKey && apiKey->outcome == CheckOutcome::Fail)
            return InstanceHealth::Degraded;
        return h;
    }
};

// One round: the monitor's probes and metrics, and the API key check beside them.
class ProbeSession
{
public:
    using Done = std::function<void(const RoundResult &)>;

    ProbeSession() : m_monitor(&m_fetcher)
    {
        QObject::connect(&m_monitor, &InstanceMonitor::roundFinished, &m_context, [this](const InstanceStatus &s) {
            m_result.status = s;
            m_monitorOut = false;
            maybeDone();
        });
    }

    HttpFetcher &fetcher() { return m_fetcher; }
    InstanceMonitor &monitor() { return m_monitor; }
    bool roundOut() const { return m_monitorOut || m_keyOut; }

    void startRound(Done done)
    {
        m_done = std::move(done);
        m_result = {};
        m_keyOut = m_fetcher.hasCredentials();
        if (m_keyOut)
            m_fetcher.fetch(Diagnostics::apiKeyRequest(m_monitor.settings()), &m_context, [this](const FetchResult &r) {
                m_result.apiKey = Diagnostics::evaluateApiKey(r);
                m_keyOut = false;
                maybeDone();
            });
        m_monitorOut = true;
        m_monitor.roundOnce();
    }

private:
    void maybeDone()
    {
        if (!roundOut() && m_done)
            m_done(m_result);
    }

    QObject m_context;
    HttpFetcher m_fetcher;
    InstanceMonitor m_monitor;
    RoundResult m_result;
    Done m_done;
    bool m_monitorOut = false;
    bool m_keyOut = false;
};

struct Output
{
    bool json = false;
    QString profilePath;
    std::optional<DeploymentProfile> profile;
};

QString usd(double value)
{
    return QStringLiteral("$") + QLocale::c().toString(value, 'f', 0);
}

QString driftLine(const ReplicaDrift &d)
{
    QString label;
    switch (d.component) {
    case ScaledComponent::WebReplicas: label = tr("web replicas"); break;
    case ScaledComponent::WorkerReplicas: label = tr("worker replicas"); break;
    case ScaledComponent::ClickhouseNodes: label = tr("ClickHouse nodes"); break;
    case ScaledComponent::EventsReplicas: label = tr("events replicas"); break;
    case ScaledComponent::PluginsReplicas: label = tr("plugins replicas"); break;
    }
    QString configured;
    if (d.autoscaleMin && d.autoscaleMax)
        configured = tr("autoscaled %1-%2").arg(*d.autoscaleMin).arg(*d.autoscaleMax);
    else if (d.configured)
        configured = QString::number(*d.configured);
    else
        configured = tr("not stated (external ClickHouse)");
    QString verdict;
    switch (d.verdict()) {
    case ReplicaDrift::Verdict::Matches: verdict = tr("matches"); break;
    case ReplicaDrift::Verdict::TooFew: verdict = tr("%1 too few").arg(-d.difference()); break;
    case ReplicaDrift::Verdict::TooMany: verdict = tr("%1 more than needed").arg(d.difference()); break;
    case ReplicaDrift::Verdict::Unknown: verdict = tr("cannot tell"); break;
    }
    return QStringLiteral("  %1 ").arg(label, -18)
        + tr("recommended %1, profile %2: %3").arg(d.recommended).arg(configured, verdict);
}

QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        out += QStringLiteral("  ") + line + u'\n';
    return out;
}

QString toText(const RoundResult &round, const ConnectionSettings &settings, const CostComparison &cost,
               const Output &output)
{
    const InstanceStatus &s = round.status;
    const QLocale c = QLocale::c();
    QString out;
    out += tr("%1: %2 (%3)\n")
               .arg(settings.baseUrl.toDisplayString(), instanceHealthName(round.health()),
                    QDateTime::fromMSecsSinceEpoch(s.atMs).toUTC().toString(Qt::ISODate));

    qsizetype pathWidth = 4;
    for (const ProbeState &p : s.probes)
        pathWidth = std::max(pathWidth, p.path.size());
    out += tr("Probes:\n");
    out += QStringLiteral("  %1 %2 %3 %4  %5\n")
               .arg(tr("PATH"), -int(pathWidth))
               .arg(tr("STATUS"), -9)
               .arg(tr("HTTP"), 4)
               .arg(tr("LATENCY"), 10)
               .arg(tr("DETAIL"));
    for (const ProbeState &p : s.probes) {
        const ProbeResult &r = p.last;
        QString line = QStringLiteral("  %1 %2 %3 %4  %5")
                           .arg(p.path, -int(pathWidth))
                           .arg(probeStatusName(r.status), -9)
                           .arg(r.httpCode > 0 ? QString::number(r.httpCode) : QStringLiteral("-"), 4)
                           .arg(tr("%1 ms").arg(c.toString(r.latencyMs, 'f', 1)), 10)
                           .arg(r.status == ProbeStatus::Up ? QString() : r.summary);
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }

    if (!s.metricsConfigured) {
        out += tr("Key metrics: no metrics source (--metrics-url or --prometheus)\n");
    } else {
        const QString source = settings.metricsSource == MetricsSource::PrometheusServer
            ? tr("Prometheus server %1").arg(settings.metricsUrl.toDisplayString())
            : tr("scrape of %1").arg(settings.metricsUrl.toDisplayString());
        if (!s.metricsError.isEmpty())
            out += tr("Key metrics: not read from %1: %2\n").arg(source, s.metricsError);
        else
            out += tr("Key metrics (preset %1, %2):\n").arg(s.preset, source);
        for (const KeyMetricReading &r : s.metrics.readings)
            out += keyMetricLine(r) + u'\n';
    }
    if (!s.crossings.isEmpty()) {
        out += tr("Thresholds crossed:\n");
        for (const ThresholdCrossing &t : s.crossings)
            out += tr("  %1 %2: %3 past the limit %4\n")
                       .arg(keyMetricName(t.key), thresholdLevelName(t.level))
                       .arg(t.value, 0, 'g', 6)
                       .arg(t.limit, 0, 'g', 6);
    }

    if (s.projection) {
        const CostProjection &p = *s.projection;
        out += tr("Projection of %1 events/s over 30 days, self-hosted:\n").arg(c.toString(p.eventsPerSecond, 'f', 2));
        out += indented(p.recommendation.toText());
        out += tr("  PostHog Cloud:    ~%1/mo (%2, %3 events, pricing of %4)\n")
                   .arg(usd(p.cloudMonthlyUsd), cost.pricing().product(), cost.pricing().eventKind(),
                        cost.pricing().effective().toString(Qt::ISODate));
    } else {
        out += tr("Projection: needs the ingestion rate\n");
    }

    if (output.profile) {
        if (s.projection) {
            out += tr("Drift against %1:\n").arg(output.profilePath);
            for (const ReplicaDrift &d : driftAgainst(s.projection->recommendation, *output.profile, cost.sizing()))
                out += driftLine(d) + u'\n';
        } else {
            out += tr("Drift against %1: needs the ingestion rate\n").arg(output.profilePath);
        }
    }
    if (round.apiKey)
        out += tr("API key: %1, %2\n").arg(checkOutcomeName(round.apiKey->outcome), round.apiKey->summary);
    return out;
}

QJsonObject toJson(const RoundResult &round, const CostComparison &cost, const Output &output)
{
    const InstanceStatus &s = round.status;
    QJsonObject o = s.toJson(cost.pricing());
    o.insert(QStringLiteral("status"), instanceHealthName(round.health()));
    if (output.profile) {
        QJsonArray drift;
        if (s.projection)
            for (const ReplicaDrift &d : driftAgainst(s.projection->recommendation, *output.profile, cost.sizing()))
                drift.append(d.toJson());
        o.insert(QStringLiteral("drift"), s.projection ? QJsonValue(drift) : QJsonValue());
    }
    if (round.apiKey)
        o.insert(QStringLiteral("apiKey"), QJsonObject {
                                               {QStringLiteral("outcome"), checkOutcomeName(round.apiKey->outcome)},
                                               {QStringLiteral("summary"), round.apiKey->summary},
                                           });
    return o;
}

struct Options
{
    QCommandLineOption url {QStringLiteral("url"), Text::tr("The instance's base URL, e.g. https://posthog.example.com."),
                            QStringLiteral("URL")};
    QCommandLineOption metricsUrl {QStringLiteral("metrics-url"),
                                   Text::tr("Scrape this Prometheus text endpoint directly (web's :8001/metrics)."),
                                   QStringLiteral("URL")};
    QCommandLineOption prometheus {QStringLiteral("prometheus"),
                                   Text::tr("Read the key metrics from this Prometheus server's HTTP API instead."),
                                   QStringLiteral("URL")};
    QCommandLineOption probe {QStringLiteral("probe"),
                              Text::tr("A probe path under --url, or an absolute URL; repeat for more. Default: %1.")
                                  .arg(ConnectionSettings::defaultProbePaths().join(QStringLiteral(", "))),
                              QStringLiteral("PATH")};
    QCommandLineOption once {QStringLiteral("once"), Text::tr("Check once and exit (the default).")};
    QCommandLineOption watch {QStringLiteral("watch"),
                              Text::tr("A round every SECONDS, each printed, until interrupted (SIGINT, SIGTERM)."),
                              QStringLiteral("SECONDS")};
    QCommandLineOption sampleInterval {QStringLiteral("sample-interval"),
                                       Text::tr("With --once and --metrics-url: seconds between the two scrapes (default 2)."),
                                       QStringLiteral("SECONDS")};
    QCommandLineOption timeout = timeoutOption();
    QCommandLineOption json {QStringLiteral("json"), Text::tr("Print one JSON object per round, each on one line.")};
    QCommandLineOption preset = presetOption();
    QCommandLineOption presets = presetsOption();
    QCommandLineOption caFile = caFileOption();
    QCommandLineOption profile {QStringLiteral("profile"),
                                Text::tr("A deployment profile: show how its replicas and ClickHouse nodes compare with "
                                   "what the observed volume needs."),
                                QStringLiteral("PROFILE.yaml")};
};

QString seconds(qint64 ms)
{
    return QLocale::c().toString(double(ms) / 1000, 'g', 6);
}

// Prints the settings' problems under the options that set them, in the
// user's terms: "--watch 0: must be between 1 and 3600 seconds"; true when
// none is an error.
bool reportSettings(const ConnectionSettings &settings, const QCommandLineParser &parser, const Options &o,
                    bool watching, QTextStream &err)
{
    const QCommandLineOption &metricsOpt = parser.isSet(o.prometheus) ? o.prometheus : o.metricsUrl;
    const QCommandLineOption &intervalOpt = watching ? o.watch : o.sampleInterval;
    const auto between = [](qint64 low, qint64 high) {
        return tr("must be between %1 and %2 seconds").arg(seconds(low), seconds(high));
    };
    bool ok = true;
    for (const Issue &issue : settings.validate()) {
        const bool error = issue.severity == Severity::Error;
        const QCommandLineOption *option = nullptr;
        QString value;
        QString message = issue.message;
        if (issue.path == u"baseUrl") {
            option = &o.url;
        } else if (issue.path.startsWith(QStringLiteral("probePaths["))) {
            option = &o.probe;
            value = parser.values(o.probe).value(issue.path.mid(11).chopped(1).toInt());
        } else if (issue.path == u"metricsUrl") {
            option = &metricsOpt;
        } else if (issue.path == u"timeoutMs" && error) {
            option = &o.timeout;
            message = between(ConnectionSettings::minTimeoutMs, ConnectionSettings::maxTimeoutMs);
        } else if (issue.path == u"timeoutMs") {
            // Only --watch polls: a timeout longer than the sample interval slows --once, it skips nothing.
            if (!watching)
                continue;
            option = &o.watch;
            message = tr("shorter than the time a request may take (%1 seconds, --timeout): a round still waiting "
                         "for answers makes the next one be skipped")
                          .arg(seconds(settings.timeoutMs));
        } else if (issue.path == u"pollIntervalMs") {
            option = &intervalOpt;
            message = between(ConnectionSettings::minPollIntervalMs, ConnectionSettings::maxPollIntervalMs);
        } else if (issue.path == u"extraCaFile") {
            option = &o.caFile;
        } else if (!error) {
            continue; // a setting this command leaves at its default: nothing the user could change here
        }
        ok = ok && !error;
        QString where = issue.path;
        if (option) {
            if (value.isEmpty())
                value = parser.value(*option);
            where = QStringLiteral("--") + option->names().constFirst() + (value.isEmpty() ? QString() : u' ' + value);
        }
        err << (error ? QString() : tr("warning: ")) << where << QStringLiteral(": ") << message << u'\n';
    }
    err.flush();
    return ok;
}

} // namespace

int runProbe(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.url, o.metricsUrl, o.prometheus, o.probe, o.once, o.watch, o.sampleInterval, o.timeout,
                       o.json, o.preset, o.presets, o.caFile, o.profile});
    int code = 0;
    if (!parseVerb(parser, args, QStringLiteral("probe"),
                   tr("Check a running instance: health probes, key metrics, thresholds and the cost projection."),
                   out, err, code, 0, extraHelp()))
        return code == Cli::Ok ? int(Healthy) : int(NoVerdict);
    if (!requireOption(parser, o.url, err))
        return NoVerdict;
    if (parser.isSet(o.metricsUrl) && parser.isSet(o.prometheus)) {
        err << tr("--metrics-url and --prometheus: give one metrics source, not both") << u'\n';
        return NoVerdict;
    }
    if (parser.isSet(o.once) && parser.isSet(o.watch)) {
        err << tr("--once and --watch: give one of them") << u'\n';
        return NoVerdict;
    }
    const bool watching = parser.isSet(o.watch);

    ConnectionSettings settings;
    settings.baseUrl = QUrl(parser.value(o.url));
    if (parser.isSet(o.probe))
        settings.probePaths = parser.values(o.probe);
    if (parser.isSet(o.metricsUrl)) {
        settings.metricsSource = MetricsSource::DirectScrape;
        settings.metricsUrl = QUrl(parser.value(o.metricsUrl));
    } else if (parser.isSet(o.prometheus)) {
        settings.metricsSource = MetricsSource::PrometheusServer;
        settings.metricsUrl = QUrl(parser.value(o.prometheus));
    }
    settings.extraCaFile = parser.value(o.caFile);
    // The poll interval is --watch's; with --once, the gap between the two scrapes.
    const auto timeoutMs = millisecondsOption(parser, o.timeout, settings.timeoutMs, err);
    const auto intervalMs = watching ? millisecondsOption(parser, o.watch, 0, err)
                                     : millisecondsOption(parser, o.sampleInterval, 2000, err);
    if (!timeoutMs || !intervalMs)
        return NoVerdict;
    settings.timeoutMs = int(std::clamp<qint64>(*timeoutMs, -1, std::numeric_limits<int>::max()));
    settings.pollIntervalMs = int(std::clamp<qint64>(*intervalMs, -1, std::numeric_limits<int>::max()));
    if (!reportSettings(settings, parser, o, watching, err))
        return NoVerdict;

    const std::optional<MetricPresets> presets = loadPresets(parser, err);
    if (!presets || !checkPresetChoice(parser, *presets, err))
        return NoVerdict;

    Output output;
    output.json = parser.isSet(o.json);
    if (parser.isSet(o.profile)) {
        output.profilePath = parser.value(o.profile);
        if (!checkReadable(output.profilePath, err, o.profile.names().constFirst()))
            return NoVerdict;
        output.profile = loadValid(output.profilePath, err);
        if (!output.profile)
            return NoVerdict;
    }

    ProbeSession session;
    InstanceMonitor &monitor = session.monitor();
    const QString caProblem = monitor.setSettings(settings);
    if (!caProblem.isEmpty()) {
        err << QStringLiteral("--ca-file ") << settings.extraCaFile << QStringLiteral(": ") << caProblem << u'\n';
        return NoVerdict;
    }
    monitor.setPresets(*presets);
    monitor.setPresetChoice(parser.value(o.preset));
    const QByteArray apiKey = qgetenv(apiKeyVariable);
    if (!apiKey.isEmpty())
        session.fetcher().setCredentials(settings.baseUrl, apiKey);

    QEventLoop loop;
    QObject context;
    int exitCode = NoVerdict;
    int rounds = 0;
    const bool twoScrapes = !watching && settings.metricsSource == MetricsSource::DirectScrape;
    QElapsedTimer sinceRoundStart;

    const auto print = [&](const RoundResult &r) {
        if (output.json)
            out << QJsonDocument(toJson(r, monitor.costComparison(), output)).toJson(QJsonDocument::Compact) << u'\n';
        else
            out << toText(r, settings, monitor.costComparison(), output) << (watching ? QStringLiteral("\n") : QString());
        out.flush();
        exitCode = exitCodeOf(r.health());
    };
    std::function<void()> startRound;
    const auto onRound = [&](const RoundResult &r) {
        ++rounds;
        if (watching) {
            print(r);
        } else if (twoScrapes && rounds == 1) {
            // Rates are taken between the scrapes' start times.
            QTimer::singleShot(std::max<qint64>(0, settings.pollIntervalMs - sinceRoundStart.elapsed()), &context,
                               [&startRound] { startRound(); });
        } else {
            print(r);
            loop.quit();
        }
    };
    startRound = [&] {
        if (session.roundOut())
            return; // as the dashboard does: a slow round is not doubled up
        sinceRoundStart.start();
        session.startRound(onRound);
    };

    QTimer poll;
    if (watching) {
        poll.setInterval(settings.pollIntervalMs);
        QObject::connect(&poll, &QTimer::timeout, &context, [&startRound] { startRound(); });
        poll.start();
    }
    QTimer::singleShot(0, &context, [&startRound] { startRound(); });
    const SignalPipe stopOnSignal([&loop] { loop.quit(); });
    loop.exec();
    poll.stop();
    monitor.stop();
    return exitCode;
}

} // namespace phc::Cli
