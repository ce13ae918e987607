#include "healthprober.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QTimer>

namespace phc {

namespace {

// /_preflight mixes health with settings ("cloud", "demo", "can_create_org"):
// only these of its keys are components.
const QStringList preflightComponents = {
    QStringLiteral("django"), QStringLiteral("redis"),      QStringLiteral("plugins"), QStringLiteral("celery"),
    QStringLiteral("clickhouse"), QStringLiteral("kafka"), QStringLiteral("db"),      QStringLiteral("object_storage"),
};

std::optional<bool> statusWord(const QString &word)
{
    static const QStringList good = {QStringLiteral("ok"),     QStringLiteral("up"),        QStringLiteral("healthy"),
                                     QStringLiteral("pass"),   QStringLiteral("passed"),    QStringLiteral("true"),
                                     QStringLiteral("ready"),  QStringLiteral("connected"), QStringLiteral("alive")};
    static const QStringList bad = {QStringLiteral("error"),        QStringLiteral("fail"),  QStringLiteral("failed"),
                                    QStringLiteral("down"),         QStringLiteral("false"), QStringLiteral("unhealthy"),
                                    QStringLiteral("disconnected"), QStringLiteral("not ready")};
    const QString w = word.trimmed().toLower();
    if (good.contains(w))
        return true;
    if (bad.contains(w) || w.startsWith(u"error"))
        return false;
    return std::nullopt;
}

// A value inside "checks": anything but a clear yes is a failure.
std::optional<ProbeComponent> checkComponent(const QString &name, const QJsonValue &v)
{
    if (v.isBool())
        return ProbeComponent{name, v.toBool(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    if (v.isString())
        return ProbeComponent{name, statusWord(v.toString()).value_or(false), v.toString()};
    if (v.isObject() && v.toObject().value(u"status").isString()) {
        const QString s = v.toObject().value(u"status").toString();
        return ProbeComponent{name, statusWord(s).value_or(false), s};
    }
    return std::nullopt;
}

// A top-level value: booleans are components; strings only when they are
// clearly a state ("version": "1.2" is not).
std::optional<ProbeComponent> topLevelComponent(const QString &name, const QJsonValue &v)
{
    if (v.isBool())
        return checkComponent(name, v);
    if (v.isString())
        if (auto state = statusWord(v.toString()))
            return ProbeComponent{name, *state, v.toString()};
    return std::nullopt;
}

QList<ProbeComponent> componentsOf(const QJsonObject &obj)
{
    QList<ProbeComponent> out;
    if (obj.value(u"checks").isObject()) {
        // Plugin server: {"status": "ok", "checks": {...}}
        if (auto c = topLevelComponent(QStringLiteral("status"), obj.value(u"status")))
            out.append(*c);
        const QJsonObject checks = obj.value(u"checks").toObject();
        for (auto it = checks.begin(); it != checks.end(); ++it)
            if (auto c = checkComponent(it.key(), it.value()))
                out.append(*c);
        return out;
    }
    if (obj.contains(u"django")) {
        for (const QString &key : preflightComponents)
            if (auto c = topLevelComponent(key, obj.value(key)))
                out.append(*c);
        return out;
    }
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (auto c = topLevelComponent(it.key(), it.value()))
            out.append(*c);
    return out;
}

// The probe paths whose answer PostHog's code fixes, by their last segment
// ("/_health", "/base/_health/", "http://host:6738/_health?x" alike).
enum class Endpoint { Other, Health, Ready, Livez, Readyz, Preflight };

Endpoint endpointOf(const QString &path)
{
    QString p = path.contains(u"://") ? QUrl(path).path() : path.section(u'?', 0, 0).section(u'#', 0, 0);
    while (p.endsWith(u'/'))
        p.chop(1);
    const QString last = p.section(u'/', -1);
    if (last == u"_health")
        return Endpoint::Health;
    if (last == u"_ready")
        return Endpoint::Ready;
    if (last == u"_livez")
        return Endpoint::Livez;
    if (last == u"_readyz")
        return Endpoint::Readyz;
    if (last == u"_preflight")
        return Endpoint::Preflight;
    return Endpoint::Other;
}

bool allBooleans(const QJsonObject &obj, const QStringList &keys)
{
    for (const QString &k : keys)
        if (!obj.value(k).isBool())
            return false;
    return true;
}

// Whether a 2xx answer has the shape PostHog gives on that path. `obj` is
// the body's JSON object, when it is one.
bool isPostHogsAnswer(Endpoint endpoint, const QByteArray &body, const std::optional<QJsonObject> &obj,
                      const QByteArray &contentType)
{
    switch (endpoint) {
    case Endpoint::Health:
        // Web: "ok" as text/plain (posthog/views.py health, commit 00172566196389877aa7cc461f9f98165660510b);
        // plugin server: {"status": "ok" | "error", "checks": {service: "ok" | "error"}}
        // (plugin-server/src/main/services/http-server.ts, commit 79ff7d3b7e1161852396387478701efe1142bc00).
        if (!obj)
            return body.trimmed() == "ok";
        return obj->value(u"status").isString() && obj->value(u"checks").isObject();
    case Endpoint::Ready:
        // Plugin server: {"status": "ok"}, 503 with {"status": "error"} (same file).
        return obj && obj->value(u"status").isString();
    case Endpoint::Livez:
        // {"http": true} (posthog/health.py livez, commit 0f580823f8e605b432302152d69b1a16cf723361).
        return obj && obj->value(u"http").isBool();
    case Endpoint::Readyz: {
        // A boolean per check, the set depending on ?role= (same file, readyz).
        if (!obj || obj->isEmpty())
            return false;
        for (auto it = obj->begin(); it != obj->end(); ++it)
            if (!it.value().isBool())
                return false;
        return true;
    }
    case Endpoint::Preflight:
        // posthog/views.py preflight_check (commit above): these keys in every
        // version since async migrations, "realm" a string; the rest vary.
        return obj
            && allBooleans(*obj, {QStringLiteral("django"), QStringLiteral("redis"), QStringLiteral("plugins"),
                                  QStringLiteral("celery"), QStringLiteral("db"), QStringLiteral("initiated"),
                                  QStringLiteral("cloud")})
            && obj->value(u"realm").isString();
    case Endpoint::Other:
        break;
    }
    // A path PostHog's code does not fix: only a web page or broken JSON is surely not a health answer.
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    if (type.contains("html") || trimmed.startsWith('<'))
        return false;
    if (!obj && (type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('['))) {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
    return true;
}

QString firstLine(const QByteArray &body)
{
    QString line = QString::fromUtf8(body.left(400)).trimmed().section(u'\n', 0, 0).trimmed();
    if (line.size() > 120)
        line = line.left(117) + QStringLiteral("...");
    return line;
}

} // namespace

QString probeStatusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up: return QStringLiteral("up");
    case ProbeStatus::Degraded: return QStringLiteral("degraded");
    case ProbeStatus::Down: return QStringLiteral("down");
    case ProbeStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString instanceHealthName(InstanceHealth health)
{
    switch (health) {
    case InstanceHealth::Healthy: return QStringLiteral("healthy");
    case InstanceHealth::Degraded: return QStringLiteral("degraded");
    case InstanceHealth::Down: return QStringLiteral("down");
    case InstanceHealth::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QStringList ProbeResult::failing() const
{
    QStringList names;
    for (const ProbeComponent &c : components)
        if (!c.ok)
            names.append(c.name);
    return names;
}

std::optional<double> ProbeState::uptime() const
{
    if (checks == 0)
        return std::nullopt;
    return double(upChecks) / double(checks);
}

QString HealthProber::notPostHogsAnswer(const FetchResult &fetch)
{
    const QString type = fetch.header("Content-Type").isEmpty() ? tr("no content type")
                                                                : QString::fromLatin1(fetch.header("Content-Type")).simplified();
    if (fetch.body.trimmed().isEmpty())
        return tr("not PostHog's answer: %1, an empty body").arg(type);
    constexpr qsizetype shown = 48;
    // Control characters and line breaks as spaces: the sample stays on one line.
    QString sample = QString::fromUtf8(fetch.body.left(shown));
    for (QChar &c : sample)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    sample = sample.simplified();
    if (fetch.body.size() > shown)
        sample += QChar(0x2026);
    return tr("not PostHog's answer: %1, starting \"%2\"").arg(type, sample);
}

ProbeResult HealthProber::interpret(const QString &path, const FetchResult &fetch)
{
    ProbeResult r;
    r.path = path;
    r.url = fetch.url;
    r.httpCode = fetch.httpCode;
    r.latencyMs = fetch.latencyMs;
    r.error = fetch.error;

    if (!fetch.answered() || (fetch.error != FetchError::None && fetch.error != FetchError::Http)) {
        r.status = ProbeStatus::Down;
        r.summary = fetch.errorText;
        return r;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fetch.body, &parseError);
    std::optional<QJsonObject> obj;
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        obj = doc.object();
    const bool success = fetch.httpCode >= 200 && fetch.httpCode < 300;
    const QString http = tr("HTTP %1").arg(fetch.httpCode);
    // A 200 says only that something answered: a sign-in page of a proxy, a
    // web server's welcome page or a cut-off body is no verdict on PostHog.
    if (success && !isPostHogsAnswer(endpointOf(path), fetch.body, obj, fetch.header("Content-Type"))) {
        r.status = ProbeStatus::Down;
        r.summary = http + QStringLiteral(", ") + notPostHogsAnswer(fetch);
        return r;
    }
    if (obj)
        r.components = componentsOf(*obj);
    const QStringList failing = r.failing();

    if (!failing.isEmpty()) {
        r.status = ProbeStatus::Degraded;
        r.summary = (success ? QString() : http + QStringLiteral(", ")) + tr("failing: %1").arg(failing.join(QStringLiteral(", ")));
    } else if (success) {
        r.status = ProbeStatus::Up;
        const QString line = doc.isObject() ? QString() : firstLine(fetch.body);
        r.summary = line.isEmpty() ? tr("ok (%1)").arg(http) : line;
    } else if (fetch.body.contains("Migrations are not up to date")) {
        // Web's /_health: the process answers but the schema lags behind the code.
        r.status = ProbeStatus::Degraded;
        r.components.append({QStringLiteral("migrations"), false, firstLine(fetch.body)});
        r.summary = http + QStringLiteral(", ") + tr("failing: %1").arg(QStringLiteral("migrations")) + QStringLiteral(" (")
            + firstLine(fetch.body) + u')';
    } else {
        r.status = ProbeStatus::Down;
        const QString line = firstLine(fetch.body);
        r.summary = line.isEmpty() ? http : http + QStringLiteral(": ") + line;
    }
    return r;
}

InstanceHealth HealthProber::overall(const QList<ProbeState> &states)
{
    int checked = 0, up = 0, down = 0;
    for (const ProbeState &s : states) {
        if (s.checks == 0)
            continue;
        ++checked;
        up += s.last.status == ProbeStatus::Up;
        down += s.last.status == ProbeStatus::Down;
    }
    if (checked == 0)
        return InstanceHealth::Unknown;
    if (up == checked)
        return InstanceHealth::Healthy;
    if (down == checked)
        return InstanceHealth::Down;
    return InstanceHealth::Degraded;
}

HealthProber::HealthProber(HttpFetcher *fetcher, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_timer(new QTimer(this))
{
    qRegisterMetaType<ProbeState>();
    connect(m_timer, &QTimer::timeout, this, [this] { probeOnce(); });
    setSettings(m_settings);
}

HealthProber::~HealthProber()
{
    cancelRound();
}

void HealthProber::cancelRound()
{
    ++m_round; // answers of an earlier round, canceled ones included, are ignored
    const QList<quint64> pending = std::exchange(m_pending, {});
    m_outstanding = 0;
    for (quint64 id : pending)
        if (m_fetcher)
            m_fetcher->cancel(id);
}

void HealthProber::setSettings(const ConnectionSettings &settings)
{
    cancelRound();
    m_settings = settings;
    m_states.clear();
    for (const QString &p : settings.probePaths) {
        ProbeState s;
        s.path = p;
        s.last.path = p;
        s.last.url = settings.resolve(p);
        m_states.append(s);
    }
    m_timer->setInterval(settings.pollIntervalMs);
}

void HealthProber::setHistoryLimit(int points)
{
    m_historyLimit = qMax(1, points);
    for (ProbeState &s : m_states)
        while (s.latencyHistory.size() > m_historyLimit)
            s.latencyHistory.removeFirst();
}

void HealthProber::start()
{
    probeOnce();
    m_timer->start();
}

void HealthProber::stop()
{
    m_timer->stop();
}

bool HealthProber::isRunning() const
{
    return m_timer->isActive();
}

bool HealthProber::probeOnce()
{
    if (m_outstanding > 0 || m_states.isEmpty() || !m_fetcher)
        return false;
    const quint64 round = ++m_round;
    m_outstanding = int(m_states.size());
    m_pending.clear();
    for (int i = 0; i < m_states.size(); ++i) {
        FetchRequest req;
        req.url = m_states[i].last.url;
        req.headers = {{"Accept", "application/json, text/plain;q=0.9, */*;q=0.5"}};
        m_pending.append(m_fetcher->fetch(req, this, [this, i, round](const FetchResult &r) { record(i, round, r); }));
    }
    return true;
}

void HealthProber::record(int index, quint64 round, const FetchResult &fetch)
{
    if (round != m_round || index >= m_states.size())
        return;
    ProbeState &s = m_states[index];
    ProbeResult result = interpret(s.path, fetch);
    result.atMs = m_clock();
    if (s.checks == 0 || s.last.status != result.status)
        s.lastChangeMs = result.atMs;
    s.last = result;
    ++s.checks;
    s.upChecks += result.status == ProbeStatus::Up;
    s.degradedChecks += result.status == ProbeStatus::Degraded;
    s.downChecks += result.status == ProbeStatus::Down;
    s.latencyHistory.append({result.atMs, result.latencyMs, fetch.answered()});
    while (s.latencyHistory.size() > m_historyLimit)
        s.latencyHistory.removeFirst();
    Q_EMIT probeUpdated(index, s);
    if (--m_outstanding == 0) {
        m_pending.clear();
        Q_EMIT roundFinished(m_states);
    }
}

} // namespace phc
