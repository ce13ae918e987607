#include "generators.h"

#include "core/yamlwriter.h"
#include "shellscript.h"

#include <QUrl>

#include <utility>

namespace phc {

namespace {

// Images of PostHog's own hobby stack in the 1.43 era, so the stateful
// services are the versions that PostHog release was tested against
// (ClickHouse: the one its chart ran, from GeneratorContext).
const QString postgresImage = QStringLiteral("postgres:12-alpine");
const QString redisImage = QStringLiteral("redis:6.2.7-alpine");
const QString zookeeperImage = QStringLiteral("zookeeper:3.7.0");
const QString kafkaImage = QStringLiteral("bitnami/kafka:2.8.1-debian-10-r99");
const QString minioImage = QStringLiteral("minio/minio:RELEASE.2022-06-25T15-50-16Z");
const QString caddyImage = QStringLiteral("caddy:2.6");

// Kafka's log bounds: the chart keeps 24 hours too. Retention bytes count per
// partition and whole segments are deleted, so a partition may hold one
// segment more than the bound.
constexpr int kafkaRetentionHours = 24;
constexpr int kafkaRetentionMiB = 1024;
constexpr int kafkaSegmentMiB = 256;
constexpr int kafkaTopics = 16;

const QString clickhouseConfigFile = QStringLiteral("clickhouse/config.d/posthog.xml");
const QString certsDir = QStringLiteral("/etc/caddy/certs");

using EnvList = QList<std::pair<QString, QString>>;

bool bundled(ServiceMode mode) { return mode == ServiceMode::Bundled; }

struct Secret
{
    QString name;
    QString help;        // comment above the variable in .env.example
    bool generate = false; // a new value the user makes, not an existing password
    bool inUrl = false;    // written into a connection URL by the compose file
};

// Every secret the stack reads, in .env.example order. The compose file only
// refers to them as ${NAME:?...}, so a missing or empty value stops
// docker-compose before any container starts.
QList<Secret> secrets(const DeploymentProfile &p)
{
    const auto &db = p.databases;
    QList<Secret> out;
    out.append({QStringLiteral("POSTHOG_SECRET_KEY"),
                QStringLiteral("PostHog's Django SECRET_KEY: signs sessions and tokens. Keep it once set."), true});
    if (bundled(db.postgres.mode))
        out.append({QStringLiteral("POSTGRES_PASSWORD"),
                    QStringLiteral("Password of the bundled PostgreSQL user \"%1\". Read only when the\n"
                                   "postgres-data volume is first created; later changes need ALTER USER.")
                        .arg(db.postgres.username),
                    true, true});
    else
        out.append({QStringLiteral("POSTGRES_PASSWORD"),
                    QStringLiteral("Password of user \"%1\" on %2:%3.")
                        .arg(db.postgres.username, db.postgres.host, QString::number(db.postgres.port)),
                    false, true});
    if (!bundled(db.redis.mode))
        out.append({QStringLiteral("REDIS_PASSWORD"),
                    QStringLiteral("Password of the Redis server %1:%2.").arg(db.redis.host, QString::number(db.redis.port)),
                    false, true});
    if (bundled(db.clickhouse.mode))
        out.append({QStringLiteral("CLICKHOUSE_PASSWORD"),
                    QStringLiteral("Password of the bundled ClickHouse user \"%1\" (applied on every start).")
                        .arg(db.clickhouse.user),
                    true});
    else
        out.append({QStringLiteral("CLICKHOUSE_PASSWORD"),
                    QStringLiteral("Password of user \"%1\" on %2.").arg(db.clickhouse.user, db.clickhouse.host), false});
    if (bundled(db.objectStorage.mode)) {
        out.append({QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"),
                    QStringLiteral("MinIO root user, which PostHog also uses as its access key id."), true});
        out.append({QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"),
                    QStringLiteral("MinIO root password, which PostHog also uses as its secret access key."), true});
    } else {
        out.append({QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"),
                    QStringLiteral("Access key id for bucket \"%1\" at %2.")
                        .arg(db.objectStorage.bucket, db.objectStorage.endpoint),
                    false});
        out.append({QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"),
                    QStringLiteral("Secret access key for bucket \"%1\".").arg(db.objectStorage.bucket), false});
    }
    return out;
}

QString required(const QString &var)
{
    return QStringLiteral("${") + var + QStringLiteral(":?set ") + var + QStringLiteral(" in .env}");
}

// docker-compose interpolates '$' in every value; a profile value is meant
// literally.
QString literal(const QString &value)
{
    QString out = value;
    out.replace(u'$', QStringLiteral("$$"));
    return out;
}

QString urlPart(const QString &value)
{
    return literal(QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString flow(const QStringList &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const QString &v : values)
        parts << YamlWriter::quoted(v);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString posthogImage(const GeneratorContext &ctx)
{
    return QStringLiteral("posthog/posthog:") + ctx.profile.cluster.imageTag;
}

// The one environment of every PostHog process (web, worker, plugins and the
// one-shot check), so they can never disagree about where the data lives.
EnvList posthogEnv(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    const auto &pg = p.databases.postgres;
    const auto &redis = p.databases.redis;
    const auto &ch = p.databases.clickhouse;
    const auto &os = p.databases.objectStorage;
    // Concatenated, not QString::arg(): a percent-encoded name such as
    // "a%40b" would be taken for a placeholder.
    const QString pgHost = bundled(pg.mode) ? QStringLiteral("db:5432")
                                            : literal(pg.host) + u':' + QString::number(pg.port);

    EnvList env;
    env.append({QStringLiteral("SECRET_KEY"), required(QStringLiteral("POSTHOG_SECRET_KEY"))});
    env.append({QStringLiteral("SITE_URL"), literal(ctx.composeSiteUrl())});
    env.append({QStringLiteral("DEPLOYMENT"), QStringLiteral("hobby")});
    // Caddy terminates TLS and forwards the scheme in X-Forwarded-Proto.
    env.append({QStringLiteral("IS_BEHIND_PROXY"), QStringLiteral("true")});
    env += ctx.proxyEnv();
    env.append({QStringLiteral("DISABLE_SECURE_SSL_REDIRECT"), QStringLiteral("true")});

    env.append({QStringLiteral("DATABASE_URL"), QStringLiteral("postgres://") + urlPart(pg.username) + u':'
                                                    + required(QStringLiteral("POSTGRES_PASSWORD")) + u'@' + pgHost + u'/'
                                                    + urlPart(pg.database)});

    if (bundled(redis.mode))
        env.append({QStringLiteral("REDIS_URL"), QStringLiteral("redis://redis:6379/")});
    else
        env.append({QStringLiteral("REDIS_URL"), QStringLiteral("redis://:") + required(QStringLiteral("REDIS_PASSWORD")) + u'@'
                                                     + literal(redis.host) + u':' + QString::number(redis.port) + u'/'});

    env.append({QStringLiteral("CLICKHOUSE_HOST"), bundled(ch.mode) ? QStringLiteral("clickhouse") : literal(ch.host)});
    env.append({QStringLiteral("CLICKHOUSE_DATABASE"), QStringLiteral("posthog")});
    env.append({QStringLiteral("CLICKHOUSE_USER"), literal(ch.user)});
    env.append({QStringLiteral("CLICKHOUSE_PASSWORD"), required(QStringLiteral("CLICKHOUSE_PASSWORD"))});
    env.append({QStringLiteral("CLICKHOUSE_CLUSTER"), literal(ch.cluster)});
    // PostHog defaults both to true outside DEBUG; the bundled server speaks
    // plain TCP on the compose network.
    env.append({QStringLiteral("CLICKHOUSE_SECURE"), QStringLiteral("false")});
    env.append({QStringLiteral("CLICKHOUSE_VERIFY"), QStringLiteral("false")});

    // Settings derive KAFKA_HOSTS from KAFKA_URL; the plugin server reads KAFKA_HOSTS.
    const QStringList brokers = bundled(p.databases.kafka.mode) ? QStringList{QStringLiteral("kafka:9092")}
                                                                 : p.databases.kafka.brokers;
    QStringList urls;
    for (const QString &b : brokers)
        urls << QStringLiteral("kafka://") + literal(b);
    env.append({QStringLiteral("KAFKA_URL"), urls.join(u',')});
    env.append({QStringLiteral("KAFKA_HOSTS"), literal(brokers.join(u','))});

    env.append({QStringLiteral("OBJECT_STORAGE_ENABLED"), QStringLiteral("true")});
    env.append({QStringLiteral("OBJECT_STORAGE_ENDPOINT"),
                bundled(os.mode) ? QStringLiteral("http://objectstorage:19000") : literal(os.endpoint)});
    env.append({QStringLiteral("OBJECT_STORAGE_BUCKET"), literal(os.bucket)});
    if (!bundled(os.mode) && !os.region.isEmpty())
        env.append({QStringLiteral("OBJECT_STORAGE_REGION"), literal(os.region)});
    env.append({QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), required(QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"))});
    env.append({QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"), required(QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY"))});
    return env;
}

struct Healthcheck
{
    QStringList test;
    QString interval = QStringLiteral("10s");
    QString timeout = QStringLiteral("5s");
    int retries = 5;
    QString startPeriod {}; // empty: Docker's default
};

class ComposeWriter
{
public:
    explicit ComposeWriter(const GeneratorContext &ctx) : m_ctx(ctx), m_p(ctx.profile) { }

    QByteArray write()
    {
        const auto &db = m_p.databases;
        m_w.line(m_ctx.headerLines(QStringLiteral("#")).trimmed());
        m_w.comment(QStringLiteral("PostHog %1 on one host with Docker Compose.\n"
                                   "Start: cp .env.example .env, fill in every value, chmod 600 .env,\n"
                                   "then docker-compose up -d (the web service migrates before it serves).\n"
                                   "Before an upgrade: docker-compose run --rm asyncmigrationscheck")
                        .arg(m_p.cluster.imageTag));
        m_w.blank();
        m_w.beginMap(QStringLiteral("services"));
        if (bundled(db.postgres.mode))
            postgres();
        if (bundled(db.redis.mode))
            redis();
        if (bundled(db.clickhouse.mode))
            clickhouse();
        // ZooKeeper serves the bundled ClickHouse's replicated tables and the bundled Kafka.
        if (bundled(db.clickhouse.mode) || bundled(db.kafka.mode))
            zookeeper();
        if (bundled(db.kafka.mode))
            kafka();
        if (bundled(db.objectStorage.mode))
            objectStorage();
        web();
        worker();
        plugins();
        caddy();
        asyncMigrationsCheck();
        m_w.endMap();
        m_w.blank();
        m_w.beginMap(QStringLiteral("volumes"));
        for (const QString &v : std::as_const(m_namedVolumes))
            m_w.line(v + u':');
        m_w.endMap();
        return m_w.text().toUtf8();
    }

private:
    void beginService(const QString &name, const QString &image, const QString &why = {})
    {
        if (m_services > 0)
            m_w.blank();
        ++m_services;
        if (!why.isEmpty())
            m_w.comment(why);
        m_w.beginMap(name);
        m_w.string(QStringLiteral("image"), image);
    }

    void endService() { m_w.endMap(); }

    void restart(const QString &policy = QStringLiteral("unless-stopped")) { m_w.string(QStringLiteral("restart"), policy); }

    void environment(const EnvList &env)
    {
        m_w.beginMap(QStringLiteral("environment"));
        for (const auto &[name, value] : env)
            m_w.quotedString(name, value);
        m_w.endMap();
    }

    void volumes(const QStringList &mounts)
    {
        for (const QString &m : mounts) {
            const QString source = m.section(u':', 0, 0);
            if (!source.startsWith(u'.') && !source.startsWith(u'/') && !m_namedVolumes.contains(source))
                m_namedVolumes << source;
        }
        m_w.blockList(QStringLiteral("volumes"), mounts);
    }

    void healthcheck(const Healthcheck &h)
    {
        m_w.beginMap(QStringLiteral("healthcheck"));
        m_w.raw(QStringLiteral("test"), flow(h.test));
        m_w.string(QStringLiteral("interval"), h.interval);
        m_w.string(QStringLiteral("timeout"), h.timeout);
        m_w.number(QStringLiteral("retries"), h.retries);
        if (!h.startPeriod.isEmpty())
            m_w.string(QStringLiteral("start_period"), h.startPeriod);
        m_w.endMap();
    }

    // Waits for each dependency's healthcheck (or only its start).
    void dependsOn(const QStringList &healthy, const QStringList &started = {})
    {
        m_w.beginMap(QStringLiteral("depends_on"));
        for (const QString &s : healthy) {
            m_w.beginMap(s);
            m_w.string(QStringLiteral("condition"), QStringLiteral("service_healthy"));
            m_w.endMap();
        }
        for (const QString &s : started) {
            m_w.beginMap(s);
            m_w.string(QStringLiteral("condition"), QStringLiteral("service_started"));
            m_w.endMap();
        }
        m_w.endMap();
    }

    // The stateful services a PostHog process needs before it starts.
    QStringList dataServices(bool withKafka) const
    {
        const auto &db = m_p.databases;
        QStringList out;
        if (bundled(db.postgres.mode))
            out << QStringLiteral("db");
        if (bundled(db.redis.mode))
            out << QStringLiteral("redis");
        if (bundled(db.clickhouse.mode))
            out << QStringLiteral("clickhouse");
        if (withKafka && bundled(db.kafka.mode))
            out << QStringLiteral("kafka");
        if (bundled(db.objectStorage.mode))
            out << QStringLiteral("objectstorage");
        return out;
    }

    // Python is in the PostHog image; curl is not guaranteed to be.
    static QStringList httpCheck(int port)
    {
        return {QStringLiteral("CMD"), QStringLiteral("python3"), QStringLiteral("-c"),
                QStringLiteral("import urllib.request; urllib.request.urlopen('http://localhost:%1/_health', timeout=5)")
                    .arg(port)};
    }

    void postgres()
    {
        const auto &pg = m_p.databases.postgres;
        beginService(QStringLiteral("db"), postgresImage);
        restart();
        m_w.beginMap(QStringLiteral("environment"));
        m_w.quotedString(QStringLiteral("POSTGRES_USER"), literal(pg.username));
        m_w.quotedString(QStringLiteral("POSTGRES_DB"), literal(pg.database));
        m_w.quotedString(QStringLiteral("POSTGRES_PASSWORD"), required(QStringLiteral("POSTGRES_PASSWORD")));
        m_w.endMap();
        volumes({QStringLiteral("postgres-data:/var/lib/postgresql/data")});
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("pg_isready"), QStringLiteral("-U"),
                              literal(pg.username), QStringLiteral("-d"), literal(pg.database)}});
        endService();
    }

    void redis()
    {
        // PostHog keeps caches and queues here: evicting old keys beats
        // failing writes when memory runs out.
        beginService(QStringLiteral("redis"), redisImage);
        restart();
        m_w.raw(QStringLiteral("command"), flow({QStringLiteral("redis-server"), QStringLiteral("--maxmemory-policy"),
                                                 QStringLiteral("allkeys-lru"), QStringLiteral("--maxmemory"),
                                                 QStringLiteral("200mb")}));
        volumes({QStringLiteral("redis-data:/data")});
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("redis-cli"), QStringLiteral("ping")}});
        endService();
    }

    void clickhouse()
    {
        const auto &ch = m_p.databases.clickhouse;
        beginService(QStringLiteral("clickhouse"), QStringLiteral("clickhouse/clickhouse-server:") + m_ctx.clickhouseImageTag,
                     QStringLiteral("The image's entrypoint replaces the password-less \"default\" user with\n"
                                    "CLICKHOUSE_USER. No CLICKHOUSE_DB: PostHog creates its database itself, and the\n"
                                    "variable would make the first start run a temporary localhost-only server."));
        restart();
        m_w.beginMap(QStringLiteral("environment"));
        m_w.quotedString(QStringLiteral("CLICKHOUSE_USER"), literal(ch.user));
        m_w.quotedString(QStringLiteral("CLICKHOUSE_PASSWORD"), required(QStringLiteral("CLICKHOUSE_PASSWORD")));
        m_w.endMap();
        m_w.beginMap(QStringLiteral("ulimits"));
        m_w.beginMap(QStringLiteral("nofile"));
        m_w.number(QStringLiteral("soft"), 262144);
        m_w.number(QStringLiteral("hard"), 262144);
        m_w.endMap();
        m_w.endMap();
        volumes({QStringLiteral("clickhouse-data:/var/lib/clickhouse"),
                 QStringLiteral("./%1:/etc/clickhouse-server/config.d/posthog.xml:ro").arg(clickhouseConfigFile)});
        // "$$": the container's shell expands the password, not docker-compose.
        healthcheck({.test = {QStringLiteral("CMD-SHELL"),
                              QStringLiteral("clickhouse-client --user \"$$CLICKHOUSE_USER\" "
                                             "--password \"$$CLICKHOUSE_PASSWORD\" --query 'SELECT 1'")},
                     .retries = 10,
                     .startPeriod = QStringLiteral("30s")});
        dependsOn({QStringLiteral("zookeeper")});
        endService();
    }

    void zookeeper()
    {
        beginService(QStringLiteral("zookeeper"), zookeeperImage,
                     QStringLiteral("Coordinates Kafka and ClickHouse's replicated tables."));
        restart();
        volumes({QStringLiteral("zookeeper-data:/data"), QStringLiteral("zookeeper-datalog:/datalog"),
                 QStringLiteral("zookeeper-logs:/logs")});
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("zkServer.sh"), QStringLiteral("status")},
                     .interval = QStringLiteral("15s"),
                     .timeout = QStringLiteral("10s"),
                     .retries = 10,
                     .startPeriod = QStringLiteral("20s")});
        endService();
    }

    void kafka()
    {
        // Validation refuses an external ClickHouse with this broker: its
        // Kafka tables could not reach it.
        const QString why = QStringLiteral(
            "One broker, reachable only inside this stack. Topics keep %1 hours and at most\n"
            "%2 MiB a partition, in segments of %3 MiB (deleted whole): PostHog 1.43 has about\n"
            "%4 single-partition topics, so kafka-data holds at most about %5 GiB. Lower the\n"
            "bytes if the volume's disk has less room; the chart's Kafka has a 20Gi volume.")
            .arg(kafkaRetentionHours).arg(kafkaRetentionMiB).arg(kafkaSegmentMiB).arg(kafkaTopics)
            .arg((kafkaRetentionMiB + kafkaSegmentMiB) * kafkaTopics / 1024);
        beginService(QStringLiteral("kafka"), kafkaImage, why);
        restart();
        m_w.beginMap(QStringLiteral("environment"));
        m_w.quotedString(QStringLiteral("KAFKA_BROKER_ID"), QStringLiteral("1001"));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_RESERVED_BROKER_MAX_ID"), QStringLiteral("1001"));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_LISTENERS"), QStringLiteral("PLAINTEXT://:9092"));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_ADVERTISED_LISTENERS"), QStringLiteral("PLAINTEXT://kafka:9092"));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_ZOOKEEPER_CONNECT"), QStringLiteral("zookeeper:2181"));
        m_w.quotedString(QStringLiteral("ALLOW_PLAINTEXT_LISTENER"), QStringLiteral("yes"));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_LOG_RETENTION_HOURS"), QString::number(kafkaRetentionHours));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_LOG_RETENTION_BYTES"), QString::number(qint64(kafkaRetentionMiB) * 1024 * 1024));
        m_w.quotedString(QStringLiteral("KAFKA_CFG_LOG_SEGMENT_BYTES"), QString::number(qint64(kafkaSegmentMiB) * 1024 * 1024));
        m_w.endMap();
        volumes({QStringLiteral("kafka-data:/bitnami/kafka")});
        // A JVM per check: less often than the others, with time to spare.
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("kafka-topics.sh"), QStringLiteral("--bootstrap-server"),
                              QStringLiteral("localhost:9092"), QStringLiteral("--list")},
                     .interval = QStringLiteral("15s"),
                     .timeout = QStringLiteral("30s"),
                     .retries = 10,
                     .startPeriod = QStringLiteral("30s")});
        dependsOn({QStringLiteral("zookeeper")});
        endService();
    }

    void objectStorage()
    {
        const QString bucket = m_p.databases.objectStorage.bucket;
        beginService(QStringLiteral("objectstorage"), minioImage,
                     QStringLiteral("MinIO for exports and uploads. The shell creates the bucket before the\n"
                                    "server starts; the name has no underscore so it is a valid URL host."));
        restart();
        m_w.raw(QStringLiteral("entrypoint"), flow({QStringLiteral("sh")}));
        m_w.raw(QStringLiteral("command"),
                flow({QStringLiteral("-c"),
                      literal(QStringLiteral("mkdir -p /data/%1 && exec minio server --address :19000 "
                                             "--console-address :19001 /data")
                                  .arg(ShellScript::quote(bucket)))}));
        m_w.beginMap(QStringLiteral("environment"));
        m_w.quotedString(QStringLiteral("MINIO_ROOT_USER"), required(QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID")));
        m_w.quotedString(QStringLiteral("MINIO_ROOT_PASSWORD"), required(QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY")));
        m_w.endMap();
        volumes({QStringLiteral("objectstorage-data:/data")});
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("curl"), QStringLiteral("-fsS"),
                              QStringLiteral("http://localhost:19000/minio/health/live")}});
        endService();
    }

    void web()
    {
        beginService(QStringLiteral("web"), posthogImage(m_ctx),
                     QStringLiteral("Django app and API. Runs the migrations first, so it turns healthy only\n"
                                    "once the schema is current; the worker and plugins wait for that."));
        restart();
        m_w.raw(QStringLiteral("command"), flow({QStringLiteral("sh"), QStringLiteral("-c"),
                                                 QStringLiteral("./bin/migrate && exec ./bin/docker-server")}));
        environment(posthogEnv(m_ctx));
        // A first start migrates an empty database for several minutes.
        healthcheck({.test = httpCheck(8000),
                     .timeout = QStringLiteral("10s"),
                     .retries = 10,
                     .startPeriod = QStringLiteral("15m")});
        const QStringList stores = dataServices(true);
        if (!stores.isEmpty())
            dependsOn(stores);
        endService();
    }

    void worker()
    {
        beginService(QStringLiteral("worker"), posthogImage(m_ctx),
                     QStringLiteral("Celery worker and scheduler (beat) in one process."));
        restart();
        m_w.raw(QStringLiteral("command"),
                flow({QStringLiteral("./bin/docker-worker-celery"), QStringLiteral("--with-scheduler")}));
        environment(posthogEnv(m_ctx));
        dependsOn({QStringLiteral("web")});
        endService();
    }

    void plugins()
    {
        beginService(QStringLiteral("plugins"), posthogImage(m_ctx),
                     QStringLiteral("Plugin server: ingests events from Kafka into ClickHouse."));
        restart();
        m_w.raw(QStringLiteral("command"), flow({QStringLiteral("./bin/plugin-server"), QStringLiteral("--no-restart-loop")}));
        environment(posthogEnv(m_ctx));
        healthcheck({.test = httpCheck(6738), .startPeriod = QStringLiteral("60s")});
        dependsOn({QStringLiteral("web")});
        endService();
    }

    void caddy()
    {
        const int httpPort = m_p.compose.httpPort;
        const TlsMode tls = m_p.domain.tls.mode;
        QString why;
        if (tls == TlsMode::CertManager)
            why = QStringLiteral("Terminates TLS with a Let's Encrypt certificate for %1, which Caddy\n"
                                 "obtains and renews itself: DNS must point here, ports 80 and 443 open.")
                      .arg(m_p.domain.hostname);
        else if (tls == TlsMode::ExistingSecret)
            why = QStringLiteral("Terminates TLS with the certificate in ./certs (tls.crt, tls.key).");
        else
            why = QStringLiteral("Plain HTTP on port %1, for a TLS-terminating proxy in front of this host.").arg(httpPort);
        beginService(QStringLiteral("caddy"), caddyImage, why);
        restart();
        if (tls == TlsMode::None)
            m_w.blockList(QStringLiteral("ports"), {QStringLiteral("%1:%1").arg(httpPort)});
        else
            m_w.blockList(QStringLiteral("ports"), {QStringLiteral("80:80"), QStringLiteral("443:443")});
        QStringList mounts {QStringLiteral("./Caddyfile:/etc/caddy/Caddyfile:ro"), QStringLiteral("caddy-data:/data"),
                            QStringLiteral("caddy-config:/config")};
        if (tls == TlsMode::ExistingSecret)
            mounts << QStringLiteral("./certs:%1:ro").arg(certsDir);
        volumes(mounts);
        // The admin API listens on 127.0.0.1 only; busybox wget is in the image.
        healthcheck({.test = {QStringLiteral("CMD"), QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-O"),
                              QStringLiteral("/dev/null"), QStringLiteral("http://127.0.0.1:2019/config/")}});
        // Only started, not healthy: Caddy should fetch its certificate while
        // the first migrations run.
        dependsOn({}, {QStringLiteral("web")});
        endService();
    }

    void asyncMigrationsCheck()
    {
        beginService(QStringLiteral("asyncmigrationscheck"), posthogImage(m_ctx),
                     QStringLiteral("One-shot: fails when async migrations this version needs are not done.\n"
                                    "Not started by `up` (profile upgrade): docker-compose run --rm asyncmigrationscheck"));
        m_w.flowList(QStringLiteral("profiles"), {QStringLiteral("upgrade")});
        restart(QStringLiteral("no"));
        m_w.raw(QStringLiteral("command"), flow({QStringLiteral("python"), QStringLiteral("manage.py"),
                                                 QStringLiteral("run_async_migrations"), QStringLiteral("--check")}));
        environment(posthogEnv(m_ctx));
        const QStringList deps = dataServices(false);
        if (!deps.isEmpty())
            dependsOn(deps);
        endService();
    }

    const GeneratorContext &m_ctx;
    const DeploymentProfile &m_p;
    YamlWriter m_w;
    QStringList m_namedVolumes;
    int m_services = 0;
};

QByteArray envExample(const GeneratorContext &ctx)
{
    QString text = ctx.headerLines(QStringLiteral("#"));
    text += QStringLiteral(
        "# Secrets of the Compose stack. Copy to .env next to docker-compose.yml,\n"
        "# fill in every value and keep the copy private:\n"
        "#   cp .env.example .env && chmod 600 .env\n"
        "# docker-compose refuses to start while any value is empty.\n"
        "# Make each new value with: openssl rand -hex 32\n"
        "# Hex only: the values end up inside connection URLs (postgres://user:PASSWORD@...),\n"
        "# where characters such as @ / : # % would break them.\n");
    for (const Secret &s : secrets(ctx.profile)) {
        text += u'\n';
        QStringList lines = s.help.split(u'\n');
        if (s.generate)
            lines << QStringLiteral("New value: openssl rand -hex 32");
        else if (s.inUrl)
            lines << QStringLiteral("The existing password. It goes into a URL: percent-encode every character\n"
                                    "other than letters, digits and -._~ (@ as %40, / as %2F, : as %3A).")
                         .split(u'\n');
        else
            lines << QStringLiteral("The existing value, as it is.");
        for (const QString &l : std::as_const(lines))
            text += QStringLiteral("# ") + l + u'\n';
        text += s.name + QStringLiteral("=\n");
    }
    return text.toUtf8();
}

QByteArray caddyfile(const GeneratorContext &ctx)
{
    const DeploymentProfile &p = ctx.profile;
    QString text = ctx.headerLines(QStringLiteral("#"));
    const QString trusted = p.domain.trustedProxies.isEmpty() ? QStringLiteral("private_ranges")
                                                              : p.domain.trustedProxies.join(u' ');
    if (p.domain.behindProxy)
        text += QStringLiteral("# Behind another proxy: Caddy keeps the X-Forwarded-For and X-Forwarded-Proto\n"
                               "# headers of requests from %1 and passes them on to PostHog.\n")
                    .arg(p.domain.trustedProxies.isEmpty()
                             ? QStringLiteral("private addresses (10/8, 172.16/12, 192.168/16, fc00::/7, loopback)")
                             : p.domain.trustedProxies.join(QStringLiteral(", ")));
    switch (p.domain.tls.mode) {
    case TlsMode::CertManager:
        text += QStringLiteral("# Automatic HTTPS: Caddy gets and renews a Let's Encrypt certificate for the\n"
                               "# host name below (HTTP-01/TLS-ALPN on ports 80/443) and redirects HTTP to HTTPS.\n");
        text += p.domain.hostname + QStringLiteral(" {\n");
        break;
    case TlsMode::ExistingSecret:
        text += QStringLiteral("# TLS with your own certificate: put the chain and key for %1 in\n"
                               "# compose/certs/tls.crt and compose/certs/tls.key. HTTP is redirected to HTTPS.\n")
                    .arg(p.domain.hostname);
        text += p.domain.hostname + QStringLiteral(" {\n");
        text += QStringLiteral("\ttls %1/tls.crt %1/tls.key\n").arg(certsDir);
        break;
    case TlsMode::None:
        text += QStringLiteral("# Plain HTTP for any host name%1.\n")
                    .arg(p.domain.behindProxy ? QStringLiteral(": TLS is terminated in front of this host") : QString());
        text += QStringLiteral(":%1 {\n").arg(p.compose.httpPort);
        break;
    }
    // Without trusted_proxies Caddy replaces the proxy's X-Forwarded-For and
    // -Proto with its own view: PostHog would see plain HTTP from the proxy.
    // (Caddy 2.6.2 knows it here only, not yet among the server options.)
    if (p.domain.behindProxy)
        text += QStringLiteral("\treverse_proxy web:8000 {\n\t\ttrusted_proxies %1\n\t}\n}\n").arg(trusted);
    else
        text += QStringLiteral("\treverse_proxy web:8000\n}\n");
    return text.toUtf8();
}

QByteArray clickhouseConfig(const GeneratorContext &ctx)
{
    QString header = ctx.headerLines(QString()).trimmed();
    // "--" would end an XML comment early.
    while (header.contains(QStringLiteral("--")))
        header.replace(QStringLiteral("--"), QStringLiteral("- -"));
    const QString cluster = ctx.profile.databases.clickhouse.cluster;
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<!-- ") + header + QStringLiteral(" -->\n");
    xml += QStringLiteral(
        "<!-- Merged over the image's config.xml. PostHog creates its tables ON CLUSTER %1\n"
        "     as Replicated*MergeTree, so a single server still needs the cluster, ZooKeeper\n"
        "     and the macros used in the replication paths. -->\n"
        "<clickhouse>\n"
        "    <remote_servers>\n"
        "        <%1>\n"
        "            <shard>\n"
        "                <replica>\n"
        "                    <host>localhost</host>\n"
        "                    <port>9000</port>\n"
        "                    <!-- The image's entrypoint removes the \"default\" user. -->\n"
        "                    <user from_env=\"CLICKHOUSE_USER\"/>\n"
        "                    <password from_env=\"CLICKHOUSE_PASSWORD\"/>\n"
        "                </replica>\n"
        "            </shard>\n"
        "        </%1>\n"
        "    </remote_servers>\n"
        "    <zookeeper>\n"
        "        <node>\n"
        "            <host>zookeeper</host>\n"
        "            <port>2181</port>\n"
        "        </node>\n"
        "    </zookeeper>\n"
        "    <macros>\n"
        "        <shard>01</shard>\n"
        "        <replica>ch1</replica>\n"
        "    </macros>\n"
        "</clickhouse>\n")
               .arg(cluster);
    return xml.toUtf8();
}

} // namespace

GeneratedFiles Generators::compose(const GeneratorContext &ctx)
{
    GeneratedFiles files {
        {QStringLiteral("compose/docker-compose.yml"), ComposeWriter(ctx).write(), GeneratedFile::Kind::Regular,
         QStringLiteral("Docker Compose stack running PostHog %1 behind Caddy").arg(ctx.profile.cluster.imageTag)},
        {QStringLiteral("compose/.env.example"), envExample(ctx), GeneratedFile::Kind::Secret,
         QStringLiteral("the stack's secrets, to copy to .env and fill in (openssl rand -hex 32)")},
        {QStringLiteral("compose/Caddyfile"), caddyfile(ctx), GeneratedFile::Kind::Regular,
         QStringLiteral("Caddy reverse proxy in front of the web service")},
    };
    if (bundled(ctx.profile.databases.clickhouse.mode))
        files.append({QStringLiteral("compose/") + clickhouseConfigFile, clickhouseConfig(ctx), GeneratedFile::Kind::Regular,
                      QStringLiteral("ClickHouse cluster, ZooKeeper and macros for the bundled server")});
    return files;
}

} // namespace phc
