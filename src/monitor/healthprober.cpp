#include "healthprober.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        r.components = componentsOf(doc.object());
    const QStringList failing = r.failing();
    const bool success = fetch.httpCode >= 200 && fetch.httpCode < 300;
    const QString http = tr("HTTP %1").arg(fetch.httpCode);

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
