#include "generate/generators.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "testsupport.h"

#include <QTest>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

#include <functional>

using namespace phc;

namespace {

const QString dockerCompose = QStringLiteral("/usr/bin/docker-compose");
const QString guide = QStringLiteral("guide");
const QString external = QStringLiteral("external");
const QString plain = QStringLiteral("plain");

// Everything external, own certificate, an image tag other than the default.
const QByteArray allExternalYaml = R"(apiVersion: posthog-console/v1
kind: DeploymentProfile
metadata:
  name: all-external
spec:
  targets: [helm, compose]
  cluster:
    imageTag: release-1.43.1
  domain:
    hostname: analytics.example.org
    tls:
      mode: existing-secret
      secretName: analytics-tls
    trustAllProxies: true
  databases:
    postgres:
      mode: external
      host: pg.example.org
      port: 5433
      database: ph_main
      username: ph_user
      existingSecret: pg-secret
    redis:
      mode: external
      host: redis.example.org
      port: 6380
      existingSecret: redis-secret
    clickhouse:
      mode: external
      host: ch.example.org
      cluster: analytics
      user: ph_writer
      existingSecret: ch-secret
    objectStorage:
      mode: external
      endpoint: https://s3.eu-west-1.amazonaws.com
      bucket: ph-media
      region: eu-west-1
      existingSecret: s3-secret
    kafka:
      mode: external
      brokers: [kafka.example.org:9092]
)";

// Compose only, everything bundled, plain HTTP on a non-default port.
const QByteArray plainHttpYaml = R"(apiVersion: posthog-console/v1
kind: DeploymentProfile
metadata:
  name: compose-plain
spec:
  targets: [compose]
  domain:
    hostname: posthog.internal.example.com
    tls:
      mode: none
  compose:
    httpPort: 8088
)";

const QStringList longRunning {QStringLiteral("db"),    QStringLiteral("redis"),         QStringLiteral("clickhouse"),
                               QStringLiteral("zookeeper"), QStringLiteral("kafka"), QStringLiteral("objectstorage"),
                               QStringLiteral("web"),   QStringLiteral("worker"),        QStringLiteral("plugins"),
                               QStringLiteral("caddy")};
const QStringList posthogServices {QStringLiteral("web"), QStringLiteral("worker"), QStringLiteral("plugins"),
                                   QStringLiteral("asyncmigrationscheck")};

QString str(const YAML::Node &n) { return QString::fromStdString(n.as<std::string>()); }

QStringList keys(const YAML::Node &map)
{
    QStringList out;
    for (const auto &kv : map)
        out << str(kv.first);
    return out;
}

QStringList strings(const YAML::Node &seq)
{
    QStringList out;
    for (const auto &item : seq)
        out << str(item);
    return out;
}

// depends_on in either Compose form: a list of names or a map of conditions.
QHash<QString, QString> dependencies(const YAML::Node &service)
{
    QHash<QString, QString> out;
    const YAML::Node deps = service["depends_on"];
    if (!deps)
        return out;
    if (deps.IsSequence()) {
        for (const auto &d : deps)
            out.insert(str(d), QStringLiteral("service_started"));
    } else {
        for (const auto &kv : deps)
            out.insert(str(kv.first), kv.second["condition"] ? str(kv.second["condition"]) : QStringLiteral("service_started"));
    }
    return out;
}

QHash<QString, QString> environment(const YAML::Node &service)
{
    QHash<QString, QString> out;
    for (const auto &kv : service["environment"])
        out.insert(str(kv.first), str(kv.second));
    return out;
}

const GeneratedFile *find(const GeneratedFiles &files, const QString &path) { return phctest::findFile(files, path); }

QByteArray content(const GeneratedFiles &files, const QString &path)
{
    const GeneratedFile *f = find(files, path);
    return f ? f->content : QByteArray();
}

// Names of ${VAR...} references; "$$" is docker-compose's escaped '$'.
QSet<QString> referencedVariables(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'$')
            continue;
        if (i + 1 < text.size() && text[i + 1] == u'$') {
            ++i;
            continue;
        }
        const QString rest = text.mid(i + 1);
        const bool braced = rest.startsWith(u'{');
        const auto m = name.match(braced ? rest.mid(1) : rest);
        if (m.hasMatch())
            out.insert(m.captured());
    }
    return out;
}

QStringList envExampleVariables(const QString &text)
{
    QStringList out;
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)="));
    for (const QString &line : text.split(u'\n')) {
        const auto m = assignment.match(line);
        if (m.hasMatch())
            out << m.captured(1);
    }
    return out;
}

// A stand-in secret: hex like the real ones, distinct per variable.
QByteArray dummyValue(const QString &var)
{
    return QCryptographicHash::hash(var.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
}

struct ComposeRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private:
    QHash<QString, DeploymentProfile> m_profiles;

    GeneratedFiles generate(const QString &profile) const
    {
        // The context keeps a reference: no temporary copy of the profile.
        const GeneratorContext ctx(*m_profiles.constFind(profile));
        return Generators::compose(ctx);
    }

    static YAML::Node composeYaml(const GeneratedFiles &files)
    {
        return YAML::Load(content(files, QStringLiteral("compose/docker-compose.yml")).toStdString());
    }

    // The bundle's compose/ folder as a user has it; `env` becomes .env.
    static bool writeBundle(const GeneratedFiles &files, const QString &dir, const std::optional<QByteArray> &env)
    {
        for (const GeneratedFile &f : files) {
            if (!f.relativePath.startsWith(QStringLiteral("compose/")))
                continue;
            const QString path = dir + u'/' + f.relativePath.mid(8);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return false;
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size())
                return false;
        }
        if (env) {
            QFile out(dir + QStringLiteral("/.env"));
            if (!out.open(QIODevice::WriteOnly) || out.write(*env) != env->size())
                return false;
        }
        return true;
    }

    static QByteArray filledEnv(const GeneratedFiles &files)
    {
        QByteArray env;
        for (const QString &var : envExampleVariables(QString::fromUtf8(content(files, QStringLiteral("compose/.env.example")))))
            env += var.toUtf8() + '=' + dummyValue(var) + '\n';
        return env;
    }

    static ComposeRun runConfig(const QString &dir)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        // Nothing from the test's own environment may fill a variable in.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList inherited = env.keys();
        for (const QString &k : inherited)
            if (k.startsWith(QStringLiteral("POSTHOG_")) || k.startsWith(QStringLiteral("POSTGRES_"))
                || k.startsWith(QStringLiteral("REDIS_")) || k.startsWith(QStringLiteral("CLICKHOUSE_"))
                || k.startsWith(QStringLiteral("OBJECT_STORAGE_")) || k.startsWith(QStringLiteral("COMPOSE_")))
                env.remove(k);
        p.setProcessEnvironment(env);
        p.start(dockerCompose, {QStringLiteral("-p"), QStringLiteral("phctest"), QStringLiteral("-f"),
                                dir + QStringLiteral("/docker-compose.yml"), QStringLiteral("config")});
        ComposeRun run;
        if (!p.waitForFinished(60000))
            return run;
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    void profilesData()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("guide example") << guide;
        QTest::newRow("all external, existing-secret") << external;
        QTest::newRow("compose only, tls none") << plain;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QList<std::pair<QString, QByteArray>> sources {
            {guide, ProfileIO::exampleProfile()}, {external, allExternalYaml}, {plain, plainHttpYaml}};
        for (const auto &[name, yaml] : sources) {
            auto r = ProfileIO::parse(yaml);
            QVERIFY2(r.ok(), qPrintable(formatIssues(r.issues(), name)));
            const Issues issues = ProfileValidator::validate(r.value());
            QVERIFY2(!hasErrors(issues), qPrintable(formatIssues(issues, name)));
            m_profiles.insert(name, r.take());
        }
        QCOMPARE(m_profiles.value(external).cluster.imageTag, QStringLiteral("release-1.43.1"));
    }

    void files_data() { profilesData(); }
    void files()
    {
        QFETCH(QString, profile);
        const GeneratedFiles files = generate(profile);
        const bool bundledClickhouse = m_profiles.value(profile).databases.clickhouse.mode == ServiceMode::Bundled;
        QStringList expected {QStringLiteral("compose/docker-compose.yml"), QStringLiteral("compose/.env.example"),
                              QStringLiteral("compose/Caddyfile")};
        if (bundledClickhouse)
            expected << QStringLiteral("compose/clickhouse/config.d/posthog.xml");
        QStringList paths;
        for (const GeneratedFile &f : files) {
            paths << f.relativePath;
            QVERIFY2(!f.description.isEmpty() && !f.description.contains(u'\n'), qPrintable(f.relativePath));
            QVERIFY2(f.content.endsWith('\n'), qPrintable(f.relativePath));
            QVERIFY2(!f.content.contains('\r'), qPrintable(f.relativePath));
            QCOMPARE(f.kind, f.relativePath.endsWith(QStringLiteral(".env.example")) ? GeneratedFile::Kind::Secret
                                                                                     : GeneratedFile::Kind::Regular);
        }
        QCOMPARE(paths, expected);
    }

    void structure_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("services");
        const QStringList always {QStringLiteral("web"),    QStringLiteral("worker"),
                                  QStringLiteral("plugins"), QStringLiteral("caddy"),
                                  QStringLiteral("asyncmigrationscheck")};
        const QStringList stores {QStringLiteral("zookeeper"), QStringLiteral("kafka"), QStringLiteral("redis"),
                                  QStringLiteral("clickhouse"), QStringLiteral("objectstorage")};
        QTest::newRow("guide example: external postgres") << guide << always + stores;
        // Kafka external too, so no ZooKeeper either.
        QTest::newRow("all external") << external << always;
        QTest::newRow("all bundled") << plain << always + stores + QStringList {QStringLiteral("db")};
    }
    void structure()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, services);
        const DeploymentProfile &p = m_profiles[profile];
        const GeneratedFiles files = generate(profile);
        const QByteArray text = content(files, QStringLiteral("compose/docker-compose.yml"));
        const QByteArray header = "# Generated by posthog-console from profile \"" + p.name.toUtf8() + '"';
        QVERIFY(text.startsWith(header));
        QVERIFY(text.contains("docker-compose up -d"));

        const YAML::Node doc = composeYaml(files);
        QVERIFY(doc.IsMap());
        QVERIFY2(!doc["version"], "the Compose Specification has no version key");
        const YAML::Node svc = doc["services"];
        QStringList actual = keys(svc);
        actual.sort();
        services.sort();
        QCOMPARE(actual, services);

        const QString image = QStringLiteral("posthog/posthog:") + p.cluster.imageTag;
        for (const QString &s : posthogServices)
            QCOMPARE(str(svc[s.toStdString()]["image"]), image);

        // Every PostHog process reads the same environment, all of it quoted
        // strings ("!" is yaml-cpp's tag for a quoted scalar).
        const auto webEnv = environment(svc["web"]);
        for (const QString &s : posthogServices) {
            QCOMPARE(environment(svc[s.toStdString()]), webEnv);
            for (const auto &kv : svc[s.toStdString()]["environment"])
                QVERIFY2(kv.second.Tag() == "!", qPrintable(s + u' ' + str(kv.first)));
        }
        // Behind a TLS-terminating proxy the users' URL is https even though
        // Caddy serves plain HTTP.
        QCOMPARE(webEnv.value(QStringLiteral("SITE_URL")),
                 (p.tlsEnabled() || p.domain.behindProxy ? QStringLiteral("https://") : QStringLiteral("http://"))
                     + p.domain.hostname);
        // PostHog takes any non-empty TRUST_ALL_PROXIES as true, "false" included.
        QCOMPARE(webEnv.contains(QStringLiteral("TRUST_ALL_PROXIES")), p.domain.trustAllProxies);
        if (p.domain.trustAllProxies)
            QCOMPARE(webEnv.value(QStringLiteral("TRUST_ALL_PROXIES")), QStringLiteral("true"));
        QCOMPARE(webEnv.value(QStringLiteral("CLICKHOUSE_CLUSTER")), p.databases.clickhouse.cluster);
        QCOMPARE(webEnv.value(QStringLiteral("OBJECT_STORAGE_BUCKET")), p.databases.objectStorage.bucket);
        const auto &db = p.databases;
        const QString dbUrl = webEnv.value(QStringLiteral("DATABASE_URL"));
        if (db.postgres.mode == ServiceMode::Bundled)
            QVERIFY2(dbUrl.endsWith(QStringLiteral("@db:5432/") + db.postgres.database), qPrintable(dbUrl));
        else
            QVERIFY2(dbUrl.endsWith(QStringLiteral("@%1:%2/%3")
                                        .arg(db.postgres.host, QString::number(db.postgres.port), db.postgres.database)),
                     qPrintable(dbUrl));
        QVERIFY2(dbUrl.startsWith(QStringLiteral("postgres://") + db.postgres.username
                                  + QStringLiteral(":${POSTGRES_PASSWORD:?")),
                 qPrintable(dbUrl));
        const QString redisUrl = webEnv.value(QStringLiteral("REDIS_URL"));
        if (db.redis.mode == ServiceMode::Bundled)
            QCOMPARE(redisUrl, QStringLiteral("redis://redis:6379/"));
        else
            QVERIFY2(redisUrl.endsWith(QStringLiteral("@%1:%2/").arg(db.redis.host).arg(db.redis.port)), qPrintable(redisUrl));
        QCOMPARE(webEnv.value(QStringLiteral("CLICKHOUSE_HOST")),
                 db.clickhouse.mode == ServiceMode::Bundled ? QStringLiteral("clickhouse") : db.clickhouse.host);
        QCOMPARE(webEnv.value(QStringLiteral("OBJECT_STORAGE_ENDPOINT")),
                 db.objectStorage.mode == ServiceMode::Bundled ? QStringLiteral("http://objectstorage:19000")
                                                               : db.objectStorage.endpoint);
        if (db.kafka.mode == ServiceMode::Bundled) {
            QCOMPARE(webEnv.value(QStringLiteral("KAFKA_HOSTS")), QStringLiteral("kafka:9092"));
            // The broker's log stays within its volume: bounded in hours and bytes.
            const auto kafkaEnv = environment(svc["kafka"]);
            QCOMPARE(kafkaEnv.value(QStringLiteral("KAFKA_CFG_LOG_RETENTION_HOURS")), QStringLiteral("24"));
            const qint64 bytes = kafkaEnv.value(QStringLiteral("KAFKA_CFG_LOG_RETENTION_BYTES")).toLongLong();
            const qint64 segment = kafkaEnv.value(QStringLiteral("KAFKA_CFG_LOG_SEGMENT_BYTES")).toLongLong();
            QVERIFY(bytes > 0 && segment > 0 && segment < bytes);
            // About 16 topics of one partition, each holding up to one segment past the bound: within 20 GiB.
            QVERIFY((bytes + segment) * 16 <= 20LL * 1024 * 1024 * 1024);
        } else {
            QCOMPARE(webEnv.value(QStringLiteral("KAFKA_HOSTS")), db.kafka.brokers.join(u','));
            QCOMPARE(webEnv.value(QStringLiteral("KAFKA_URL")), QStringLiteral("kafka://") + db.kafka.brokers.join(QStringLiteral(",kafka://")));
        }

        // Named volumes: each one used is declared, each one declared is used,
        // and every stateful service keeps its data in one.
        QSet<QString> declared;
        for (const auto &kv : doc["volumes"])
            declared.insert(str(kv.first));
        QSet<QString> used;
        for (const auto &kv : svc) {
            for (const QString &m : strings(kv.second["volumes"])) {
                const QString source = m.section(u':', 0, 0);
                if (!source.startsWith(u'.') && !source.startsWith(u'/'))
                    used.insert(source);
            }
        }
        QCOMPARE(used, declared);
        const QHash<QString, QString> dataDirs {
            {QStringLiteral("db"), QStringLiteral("/var/lib/postgresql/data")},
            {QStringLiteral("redis"), QStringLiteral("/data")},
            {QStringLiteral("clickhouse"), QStringLiteral("/var/lib/clickhouse")},
            {QStringLiteral("zookeeper"), QStringLiteral("/data")},
            {QStringLiteral("kafka"), QStringLiteral("/bitnami/kafka")},
            {QStringLiteral("objectstorage"), QStringLiteral("/data")},
            {QStringLiteral("caddy"), QStringLiteral("/data")},
        };
        for (auto it = dataDirs.cbegin(); it != dataDirs.cend(); ++it) {
            if (!services.contains(it.key()))
                continue;
            bool found = false;
            for (const QString &m : strings(svc[it.key().toStdString()]["volumes"]))
                found = found || (m.section(u':', 1, 1) == it.value() && declared.contains(m.section(u':', 0, 0)));
            QVERIFY2(found, qPrintable(it.key()));
        }

        // Bind mounts point at files of the bundle (certs/ is the user's).
        for (const auto &kv : svc) {
            for (const QString &m : strings(kv.second["volumes"])) {
                const QString source = m.section(u':', 0, 0);
                if (!source.startsWith(QStringLiteral("./")))
                    continue;
                if (source == QStringLiteral("./certs")) {
                    QCOMPARE(p.domain.tls.mode, TlsMode::ExistingSecret);
                    continue;
                }
                QVERIFY2(find(files, QStringLiteral("compose/") + source.mid(2)), qPrintable(m));
                QVERIFY2(m.endsWith(QStringLiteral(":ro")), qPrintable(m));
            }
        }

        // Dependencies exist; waiting for health needs a healthcheck.
        for (const auto &kv : svc) {
            const QString name = str(kv.first);
            const auto deps = dependencies(kv.second);
            for (auto it = deps.cbegin(); it != deps.cend(); ++it) {
                QVERIFY2(actual.contains(it.key()), qPrintable(name + QStringLiteral(" -> ") + it.key()));
                if (it.value() == QStringLiteral("service_healthy"))
                    QVERIFY2(svc[it.key().toStdString()]["healthcheck"], qPrintable(it.key()));
            }
        }
        // The web service waits for every bundled store it uses.
        const auto webDeps = dependencies(svc["web"]);
        for (const QString &s : {QStringLiteral("db"), QStringLiteral("redis"), QStringLiteral("clickhouse"),
                                 QStringLiteral("kafka"), QStringLiteral("objectstorage")})
            QCOMPARE(webDeps.value(s), services.contains(s) ? QStringLiteral("service_healthy") : QString());
        for (const QString &s : {QStringLiteral("worker"), QStringLiteral("plugins")})
            QCOMPARE(dependencies(svc[s.toStdString()]).value(QStringLiteral("web")), QStringLiteral("service_healthy"));
        QVERIFY(dependencies(svc["caddy"]).contains(QStringLiteral("web")));
        if (services.contains(QStringLiteral("clickhouse")))
            QCOMPARE(dependencies(svc["clickhouse"]).value(QStringLiteral("zookeeper")), QStringLiteral("service_healthy"));

        for (const QString &s : longRunning) {
            if (services.contains(s))
                QCOMPARE(str(svc[s.toStdString()]["restart"]), QStringLiteral("unless-stopped"));
        }
        const YAML::Node check = svc["asyncmigrationscheck"];
        QCOMPARE(strings(check["profiles"]), QStringList {QStringLiteral("upgrade")});
        QCOMPARE(str(check["restart"]), QStringLiteral("no"));
        QVERIFY(strings(check["command"]).join(u' ').contains(QStringLiteral("run_async_migrations --check")));
        if (services.contains(QStringLiteral("objectstorage")))
            QVERIFY(strings(svc["objectstorage"]["command"]).join(u' ').contains(
                QStringLiteral("mkdir -p /data/") + p.databases.objectStorage.bucket));
    }

    void noLiteralSecrets_data() { profilesData(); }
    void noLiteralSecrets()
    {
        QFETCH(QString, profile);
        const GeneratedFiles files = generate(profile);
        // Well-known defaults of PostHog's hobby stack and the chart.
        const QList<QByteArray> forbidden {"posthog:posthog@", "PGPASSWORD", "root-password", "root-user",
                                           "object_storage_root", "minioadmin", "changeme"};
        for (const GeneratedFile &f : files)
            for (const QByteArray &s : forbidden)
                QVERIFY2(!f.content.contains(s), qPrintable(f.relativePath + QStringLiteral(": ") + QString::fromUtf8(s)));

        // Every secret-bearing value is a required variable.
        const YAML::Node svc = composeYaml(files)["services"];
        const QStringList secretKeys {QStringLiteral("SECRET_KEY"), QStringLiteral("POSTGRES_PASSWORD"),
                                      QStringLiteral("CLICKHOUSE_PASSWORD"), QStringLiteral("MINIO_ROOT_USER"),
                                      QStringLiteral("MINIO_ROOT_PASSWORD"), QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"),
                                      QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY")};
        static const QRegularExpression requiredVar(QStringLiteral("^\\$\\{[A-Z_]+:\\?[^}]+\\}$"));
        for (const QString &s : posthogServices) {
            const auto env = environment(svc[s.toStdString()]);
            for (const QString &key : {QStringLiteral("SECRET_KEY"), QStringLiteral("CLICKHOUSE_PASSWORD"),
                                       QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"),
                                       QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY")})
                QVERIFY2(env.contains(key), qPrintable(s + u' ' + key));
        }
        for (const auto &kv : svc) {
            const auto env = environment(kv.second);
            for (auto it = env.cbegin(); it != env.cend(); ++it) {
                if (!secretKeys.contains(it.key()))
                    continue;
                QVERIFY2(requiredVar.match(it.value()).hasMatch(), qPrintable(str(kv.first) + u' ' + it.key() + u'=' + it.value()));
            }
            const QString dbUrl = env.value(QStringLiteral("DATABASE_URL"));
            if (!dbUrl.isEmpty())
                QVERIFY2(dbUrl.contains(QStringLiteral(":${POSTGRES_PASSWORD:?")), qPrintable(dbUrl));
            const QString redisUrl = env.value(QStringLiteral("REDIS_URL"));
            if (redisUrl.contains(u'@'))
                QVERIFY2(redisUrl.startsWith(QStringLiteral("redis://:${REDIS_PASSWORD:?")), qPrintable(redisUrl));
        }
    }

    void envExampleCoversCompose_data() { profilesData(); }
    void envExampleCoversCompose()
    {
        QFETCH(QString, profile);
        const GeneratedFiles files = generate(profile);
        const QString compose = QString::fromUtf8(content(files, QStringLiteral("compose/docker-compose.yml")));
        const QString example = QString::fromUtf8(content(files, QStringLiteral("compose/.env.example")));
        const QSet<QString> referenced = referencedVariables(compose);
        const QStringList listed = envExampleVariables(example);
        QVERIFY(!referenced.isEmpty());
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), referenced);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
        // Unfilled placeholders, and how to fill them.
        for (const QString &var : listed)
            QVERIFY2(example.contains(u'\n' + var + QStringLiteral("=\n")), qPrintable(var));
        QVERIFY(example.contains(QStringLiteral("openssl rand -hex 32")));
        QVERIFY(example.contains(QStringLiteral("cp .env.example .env")));
        // The externally run services need the password of each one.
        const auto &db = m_profiles[profile].databases;
        QCOMPARE(listed.contains(QStringLiteral("REDIS_PASSWORD")), db.redis.mode == ServiceMode::External);
        QVERIFY(listed.contains(QStringLiteral("POSTHOG_SECRET_KEY")));
        QVERIFY(listed.contains(QStringLiteral("POSTGRES_PASSWORD")));
        QVERIFY(listed.contains(QStringLiteral("CLICKHOUSE_PASSWORD")));
    }

    void dockerComposeConfig_data() { profilesData(); }
    void dockerComposeConfig()
    {
        QFETCH(QString, profile);
        if (!QFileInfo::exists(dockerCompose))
            QFAIL("/usr/bin/docker-compose is missing: the set-up script installs it (apt-get install docker-compose)");
        const GeneratedFiles files = generate(profile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeBundle(files, dir.path(), filledEnv(files)));
        const ComposeRun run = runConfig(dir.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // docker-compose's own reading: secrets filled in from .env, "$$"
        // left for the container's shell.
        const YAML::Node resolved = YAML::Load(run.out.toStdString());
        const YAML::Node web = resolved["services"]["web"];
        QVERIFY(web);
        const auto env = environment(web);
        QCOMPARE(env.value(QStringLiteral("SECRET_KEY")).toUtf8(), dummyValue(QStringLiteral("POSTHOG_SECRET_KEY")));
        QVERIFY(env.value(QStringLiteral("DATABASE_URL")).contains(
            u':' + QString::fromLatin1(dummyValue(QStringLiteral("POSTGRES_PASSWORD"))) + u'@'));
        QVERIFY(!run.out.contains("${"));
        if (resolved["services"]["clickhouse"]) {
            // Left to the container's shell: `config` prints "$$" escaped again,
            // and an interpolated healthcheck would show the .env value.
            const QString test = strings(resolved["services"]["clickhouse"]["healthcheck"]["test"]).join(u' ');
            QVERIFY2(test.contains(QStringLiteral("\"$$CLICKHOUSE_PASSWORD\"")), qPrintable(test));
            QVERIFY2(!test.contains(QString::fromLatin1(dummyValue(QStringLiteral("CLICKHOUSE_PASSWORD")))), qPrintable(test));
        }
    }

    void dockerComposeRefusesMissingSecrets_data() { profilesData(); }
    void dockerComposeRefusesMissingSecrets()
    {
        QFETCH(QString, profile);
        if (!QFileInfo::exists(dockerCompose))
            QFAIL("/usr/bin/docker-compose is missing: the set-up script installs it (apt-get install docker-compose)");
        const GeneratedFiles files = generate(profile);
        const QStringList vars = envExampleVariables(QString::fromUtf8(content(files, QStringLiteral("compose/.env.example"))));

        {   // No .env at all.
            QTemporaryDir dir;
            QVERIFY(writeBundle(files, dir.path(), std::nullopt));
            const ComposeRun run = runConfig(dir.path());
            QVERIFY(run.exitCode != 0);
            bool named = false;
            for (const QString &var : vars)
                named = named || run.err.contains((QStringLiteral("set ") + var + QStringLiteral(" in .env")).toUtf8());
            QVERIFY2(named, run.err.constData());
        }
        {   // .env.example copied unchanged: empty values count as missing.
            QTemporaryDir dir;
            QVERIFY(writeBundle(files, dir.path(), content(files, QStringLiteral("compose/.env.example"))));
            const ComposeRun run = runConfig(dir.path());
            QVERIFY(run.exitCode != 0);
            QVERIFY2(run.err.contains(" in .env"), run.err.constData());
        }
        // Each variable on its own: leaving out exactly one names exactly it.
        for (const QString &missing : vars) {
            QTemporaryDir dir;
            QByteArray env;
            for (const QString &var : vars)
                if (var != missing)
                    env += var.toUtf8() + '=' + dummyValue(var) + '\n';
            QVERIFY(writeBundle(files, dir.path(), env));
            const ComposeRun run = runConfig(dir.path());
            QVERIFY2(run.exitCode != 0, qPrintable(missing));
            QVERIFY2(run.err.contains((QStringLiteral("set ") + missing + QStringLiteral(" in .env")).toUtf8()),
                     run.err.constData());
        }
    }

    // Profile values reach the file verbatim: '$' is escaped for
    // docker-compose and URL parts are percent-encoded.
    void profileValuesStayLiteral()
    {
        if (!QFileInfo::exists(dockerCompose))
            QFAIL("/usr/bin/docker-compose is missing: the set-up script installs it (apt-get install docker-compose)");
        QByteArray yaml = plainHttpYaml;
        yaml += "  databases:\n    postgres:\n      mode: bundled\n      database: ph$db\n      username: ph$user@corp\n";
        auto r = ProfileIO::parse(yaml);
        QVERIFY2(r.ok(), qPrintable(formatIssues(r.issues(), QStringLiteral("inline"))));
        const DeploymentProfile p = r.take();
        QVERIFY(!hasErrors(ProfileValidator::validate(p)));
        const GeneratedFiles files = Generators::compose(GeneratorContext(p));

        const YAML::Node svc = composeYaml(files)["services"];
        QCOMPARE(environment(svc["db"]).value(QStringLiteral("POSTGRES_USER")), QStringLiteral("ph$$user@corp"));
        QVERIFY2(environment(svc["web"]).value(QStringLiteral("DATABASE_URL"))
                     .startsWith(QStringLiteral("postgres://ph%24user%40corp:${POSTGRES_PASSWORD:?")),
                 qPrintable(environment(svc["web"]).value(QStringLiteral("DATABASE_URL"))));
        QVERIFY(environment(svc["web"]).value(QStringLiteral("DATABASE_URL")).endsWith(QStringLiteral("@db:5432/ph%24db")));

        QTemporaryDir dir;
        QVERIFY(writeBundle(files, dir.path(), filledEnv(files)));
        const ComposeRun run = runConfig(dir.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Unescaped, "$user" would be read as an unset variable.
        QVERIFY2(!run.err.contains("is not set"), run.err.constData());
        QVERIFY2(run.out.contains("ph$$user@corp"), run.out.constData());
    }

    void tls_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("ports");
        QTest::addColumn<QString>("siteBlock");
        QTest::newRow("cert-manager") << guide << QStringList {QStringLiteral("80:80"), QStringLiteral("443:443")}
                                      << QStringLiteral("analytics.distill.app {");
        QTest::newRow("existing-secret") << external << QStringList {QStringLiteral("80:80"), QStringLiteral("443:443")}
                                         << QStringLiteral("analytics.example.org {");
        QTest::newRow("none") << plain << QStringList {QStringLiteral("8088:8088")} << QStringLiteral(":8088 {");
    }
    void tls()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, ports);
        QFETCH(QString, siteBlock);
        const DeploymentProfile &p = m_profiles[profile];
        const GeneratedFiles files = generate(profile);
        const YAML::Node caddy = composeYaml(files)["services"]["caddy"];
        QCOMPARE(strings(caddy["ports"]), ports);
        const QString caddyfile = QString::fromUtf8(content(files, QStringLiteral("compose/Caddyfile")));
        const QStringList lines = caddyfile.split(u'\n');
        QVERIFY2(lines.contains(siteBlock), qPrintable(caddyfile));
        QVERIFY(lines.contains(QStringLiteral("\treverse_proxy web:8000")) || lines.contains(QStringLiteral("\treverse_proxy web:8000 {")));
        QCOMPARE(caddyfile.count(u'{'), caddyfile.count(u'}'));
        const bool ownCert = p.domain.tls.mode == TlsMode::ExistingSecret;
        QCOMPARE(lines.contains(QStringLiteral("\ttls /etc/caddy/certs/tls.crt /etc/caddy/certs/tls.key")), ownCert);
        QCOMPARE(strings(caddy["volumes"]).contains(QStringLiteral("./certs:/etc/caddy/certs:ro")), ownCert);
        QVERIFY(strings(caddy["volumes"]).contains(QStringLiteral("./Caddyfile:/etc/caddy/Caddyfile:ro")));
        QCOMPARE(environment(composeYaml(files)["services"]["web"]).value(QStringLiteral("SITE_URL")),
                 QStringLiteral("https://") + p.domain.hostname);
        // Behind another proxy Caddy keeps its forwarded headers (else PostHog
        // would see plain HTTP from the proxy).
        QCOMPARE(caddyfile.contains(QStringLiteral("\t\ttrusted_proxies private_ranges\n")), p.domain.behindProxy);
    }

    // Every generated Caddyfile, as the real Caddy reads it: `caddy adapt`
    // turns it into Caddy's JSON config or fails on what Caddy rejects.
    void caddyAdapts_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("trustedProxies");
        QTest::newRow("guide example") << guide << QStringList();
        QTest::newRow("all external, existing-secret") << external << QStringList();
        QTest::newRow("compose only, tls none") << plain << QStringList();
        QTest::newRow("tls none, two known proxies")
            << plain << QStringList {QStringLiteral("10.1.2.3"), QStringLiteral("2001:db8::7")};
    }
    void caddyAdapts()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, trustedProxies);
        const QString caddy = QStandardPaths::findExecutable(QStringLiteral("caddy"));
        if (caddy.isEmpty())
            QFAIL("caddy is missing: install caddy (apt-get install caddy; packaging/setup-debian.sh does)");
        DeploymentProfile p = m_profiles[profile];
        p.domain.trustedProxies = trustedProxies;
        QVERIFY(!hasErrors(ProfileValidator::validate(p)));
        const GeneratedFiles files = Generators::compose(GeneratorContext(p));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("Caddyfile")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content(files, QStringLiteral("compose/Caddyfile")));
        f.close();
        QProcess run;
        run.setWorkingDirectory(dir.path());
        run.start(caddy, {QStringLiteral("adapt"), QStringLiteral("--config"), f.fileName(),
                          QStringLiteral("--adapter"), QStringLiteral("caddyfile")});
        QVERIFY(run.waitForFinished(60000));
        const QByteArray err = run.readAllStandardError();
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, err.constData());
        const QJsonDocument json = QJsonDocument::fromJson(run.readAllStandardOutput());
        const QJsonObject servers = json.object()[QStringLiteral("apps")][QStringLiteral("http")][QStringLiteral("servers")].toObject();
        QVERIFY(!servers.isEmpty());
        for (const QJsonValue &server : servers) {
            // The reverse_proxy handler, wherever the routes nest it.
            QJsonArray trusted;
            bool proxies = false;
            const std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
                if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    if (o[QStringLiteral("handler")].toString() == u"reverse_proxy") {
                        proxies = true;
                        trusted = o[QStringLiteral("trusted_proxies")].toArray();
                    }
                    for (const QJsonValue &child : o)
                        walk(child);
                } else if (v.isArray()) {
                    for (const QJsonValue &child : v.toArray())
                        walk(child);
                }
            };
            walk(server);
            QVERIFY(proxies);
            QCOMPARE(trusted.isEmpty(), !p.domain.behindProxy);
            if (!p.domain.behindProxy)
                continue;
            QStringList ranges;
            for (const QJsonValue &r : trusted)
                ranges << r.toString();
            if (trustedProxies.isEmpty())
                QVERIFY2(ranges.contains(QStringLiteral("192.168.0.0/16")) && ranges.contains(QStringLiteral("10.0.0.0/8")),
                         qPrintable(ranges.join(u' ')));
            else
                QCOMPARE(ranges.size(), trustedProxies.size());
            // The site block proxies to the web service.
            QVERIFY(QJsonDocument(server.toObject()).toJson().contains("web:8000"));
        }
    }

    void clickhouseConfig_data() { profilesData(); }
    void clickhouseConfig()
    {
        QFETCH(QString, profile);
        const DeploymentProfile &p = m_profiles[profile];
        const GeneratedFiles files = generate(profile);
        const GeneratedFile *f = find(files, QStringLiteral("compose/clickhouse/config.d/posthog.xml"));
        if (p.databases.clickhouse.mode == ServiceMode::External) {
            QVERIFY(!f);
            return;
        }
        QVERIFY(f);
        // Element paths with their text, as ClickHouse reads them.
        QHash<QString, QString> values;
        QStringList path;
        QXmlStreamReader xml(f->content);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path << xml.name().toString();
                for (const auto &a : xml.attributes())
                    values.insert(path.join(u'/') + QStringLiteral("@") + a.name().toString(), a.value().toString());
            } else if (xml.isEndElement()) {
                path.removeLast();
            } else if (xml.isCharacters() && !xml.isWhitespace()) {
                values.insert(path.join(u'/'), xml.text().toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString replica = QStringLiteral("clickhouse/remote_servers/%1/shard/replica/").arg(p.databases.clickhouse.cluster);
        QCOMPARE(values.value(replica + QStringLiteral("host")), QStringLiteral("localhost"));
        QCOMPARE(values.value(replica + QStringLiteral("port")), QStringLiteral("9000"));
        QCOMPARE(values.value(replica + QStringLiteral("password@from_env")), QStringLiteral("CLICKHOUSE_PASSWORD"));
        QCOMPARE(values.value(QStringLiteral("clickhouse/zookeeper/node/host")), QStringLiteral("zookeeper"));
        QCOMPARE(values.value(QStringLiteral("clickhouse/zookeeper/node/port")), QStringLiteral("2181"));
        QCOMPARE(values.value(QStringLiteral("clickhouse/macros/shard")), QStringLiteral("01"));
        QCOMPARE(values.value(QStringLiteral("clickhouse/macros/replica")), QStringLiteral("ch1"));
        // The variables the config reads are set on the server's container.
        const auto chEnv = environment(composeYaml(files)["services"]["clickhouse"]);
        QVERIFY(chEnv.contains(values.value(replica + QStringLiteral("user@from_env"))));
        QVERIFY(chEnv.contains(values.value(replica + QStringLiteral("password@from_env"))));
        QCOMPARE(chEnv.value(QStringLiteral("CLICKHOUSE_USER")),
                 environment(composeYaml(files)["services"]["web"]).value(QStringLiteral("CLICKHOUSE_USER")));
    }

    void deterministic_data() { profilesData(); }
    void deterministic()
    {
        QFETCH(QString, profile);
        const GeneratedFiles a = generate(profile);
        // A second, separately parsed copy of the same profile.
        const QByteArray yaml = profile == guide      ? ProfileIO::exampleProfile()
                                : profile == external ? allExternalYaml
                                                      : plainHttpYaml;
        auto r = ProfileIO::parse(yaml);
        QVERIFY(r.ok());
        const DeploymentProfile copy = r.take();
        const GeneratedFiles b = Generators::compose(GeneratorContext(copy));
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].relativePath, b[i].relativePath);
            QCOMPARE(a[i].content, b[i].content);
            QCOMPARE(a[i].kind, b[i].kind);
            QCOMPARE(a[i].description, b[i].description);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
