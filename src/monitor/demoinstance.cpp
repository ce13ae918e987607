#include "demoinstance.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace phc {

namespace {

QByteArray jsonBytes(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

} // namespace

DemoInstance::DemoInstance(QObject *parent)
    : QObject(parent), m_server([this](const HttpRequest &r) { return handle(r); })
{
}

DemoInstance::~DemoInstance() = default;

bool DemoInstance::start()
{
    m_simulation = std::make_unique<DemoSimulation>(m_clock());
    m_requests = 0;
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void DemoInstance::stop()
{
    m_server.close();
}

bool DemoInstance::isRunning() const
{
    return m_server.isListening();
}

QString DemoInstance::errorString() const
{
    return m_server.errorString();
}

QUrl DemoInstance::baseUrl() const
{
    return m_server.url();
}

QUrl DemoInstance::metricsUrl() const
{
    QUrl u = baseUrl();
    u.setPath(QStringLiteral("/metrics"));
    return u;
}

ConnectionSettings DemoInstance::connectionSettings() const
{
    ConnectionSettings s;
    s.baseUrl = baseUrl();
    s.probePaths = ConnectionSettings::defaultProbePaths() << QStringLiteral("/_preflight");
    s.metricsSource = MetricsSource::DirectScrape;
    s.metricsUrl = metricsUrl();
    // Livelier than a real instance needs: the demo is there to be watched.
    s.pollIntervalMs = 2000;
    s.timeoutMs = 2000;
    s.corsOrigins = {QStringLiteral("https://app.example.com")};
    return s;
}

QByteArray DemoInstance::apiKey()
{
    return QByteArrayLiteral("phx_demo_console_key_not_secret");
}

HttpResponse DemoInstance::corsPreflight(const HttpRequest &request) const
{
    const QByteArray origin = request.header("Origin");
    HttpResponse r{200, {{"Vary", "Origin"}, {"Content-Type", "text/plain"}}, {}, false};
    if (origin.isEmpty() || (!m_corsOrigins.isEmpty() && !m_corsOrigins.contains(QString::fromUtf8(origin))))
        return r; // as django-cors-headers: an answer, without the allow headers
    r.headers.append({"Access-Control-Allow-Origin", origin});
    r.headers.append({QByteArray("Access-Control-Allow-Methods"), QByteArray("GET, POST, OPTIONS")});
    const QByteArray wanted = request.header("Access-Control-Request-Headers");
    r.headers.append({"Access-Control-Allow-Headers", wanted.isEmpty() ? QByteArray("content-type") : wanted});
    r.headers.append({QByteArray("Access-Control-Max-Age"), QByteArray("86400")});
    return r;
}

HttpResponse DemoInstance::handle(const HttpRequest &request)
{
    ++m_requests;
    m_simulation->advanceTo(m_clock());
    const QByteArray path = request.path();
    const DemoSimulation::Components c = m_simulation->components();

    if (m_extra)
        if (auto answer = m_extra(request, *m_simulation))
            return *answer;
    if (request.method == "OPTIONS")
        return corsPreflight(request);
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::text(405, "method not allowed\n");

    // As PostHog answers each path (the sources are cited in healthprober.cpp):
    // web's /_health is text, the plugin server's /_ready JSON.
    if (path == "/_health")
        return HttpResponse::text(200, "ok");
    if (path == "/_ready")
        return HttpResponse::json(200, jsonBytes({{QStringLiteral("status"), QStringLiteral("ok")}}));
    if (path == "/_livez")
        return HttpResponse::json(200, jsonBytes({{QStringLiteral("http"), true}}));
    if (path == "/_readyz") {
        const QJsonObject body{{QStringLiteral("clickhouse"), c.clickhouse},
                               {QStringLiteral("postgres"), c.postgres},
                               {QStringLiteral("postgres_migrations_uptodate"), c.migrations},
                               {QStringLiteral("kafka_connected"), c.kafka},
                               {QStringLiteral("celery_broker"), c.celery},
                               {QStringLiteral("cache"), c.cache}};
        bool all = true;
        for (const QJsonValue v : body)
            all = all && v.toBool();
        return HttpResponse::json(all ? 200 : 503, jsonBytes(body));
    }
    if (path == "/_preflight") {
        const QJsonObject body{{QStringLiteral("django"), true},
                               {QStringLiteral("redis"), c.cache},
                               {QStringLiteral("plugins"), c.plugins},
                               {QStringLiteral("celery"), c.celery},
                               {QStringLiteral("clickhouse"), c.clickhouse},
                               {QStringLiteral("kafka"), c.kafka},
                               {QStringLiteral("db"), c.postgres},
                               {QStringLiteral("object_storage"), c.objectStorage},
                               {QStringLiteral("initiated"), true},
                               {QStringLiteral("cloud"), false},
                               {QStringLiteral("demo"), true},
                               {QStringLiteral("realm"), QStringLiteral("hosted-clickhouse")},
                               {QStringLiteral("can_create_org"), false}};
        return HttpResponse::json(200, jsonBytes(body));
    }
    if (path == "/metrics" || path == "/_metrics")
        return {200, {{"Content-Type", "text/plain; version=0.0.4; charset=utf-8"}}, m_simulation->metricsText(), false};
    if (path == "/api/users/@me/" || path == "/api/projects/") {
        if (request.header("Authorization") != "Bearer " + apiKey())
            return HttpResponse::json(401, R"({"type":"authentication_error","code":"not_authenticated",)"
                                           R"("detail":"Authentication credentials were not provided."})");
        // Some of UserSerializer's fields (posthog/api/user.py), those the console reads among them.
        return HttpResponse::json(200, R"({"date_joined":"2024-01-01T00:00:00Z","uuid":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",)"
                                       R"("distinct_id":"demo-distinct-id","first_name":"Demo","last_name":"",)"
                                       R"("email":"demo@posthog-console.invalid","id":1,"is_staff":true})");
    }
    return HttpResponse::text(404, "not found\n");
}

} // namespace phc
