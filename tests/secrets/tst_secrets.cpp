#include "testpaths.h"
#include "profile/profileio.h"
#include "secrets/deploymentsecrets.h"
#include "secrets/memorysecretstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace phc;

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyFormat()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("acme"), QStringLiteral("POSTGRES_PASSWORD")),
                 QStringLiteral("acme/POSTGRES_PASSWORD"));
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("posthog-console"));
    }

    void memoryStoreAnswersLater()
    {
        MemorySecretStore store;
        bool answered = false;
        store.write(QStringLiteral("p/A"), QStringLiteral("v1"), this, [&](const SecretStore::Reply &r) {
            QCOMPARE(r.status, SecretStore::Status::Ok);
            answered = true;
        });
        QVERIFY(!answered); // never inside the call
        QTRY_VERIFY(answered);
        SecretStore::Reply got;
        answered = false;
        store.read(QStringLiteral("p/A"), this, [&](const SecretStore::Reply &r) {
            got = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(got.status, SecretStore::Status::Ok);
        QCOMPARE(got.value, QStringLiteral("v1"));
        answered = false;
        store.remove(QStringLiteral("p/A"), this, [&](const SecretStore::Reply &) { answered = true; });
        QTRY_VERIFY(answered);
        answered = false;
        store.read(QStringLiteral("p/A"), this, [&](const SecretStore::Reply &r) {
            got = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(got.status, SecretStore::Status::NotFound);
        QVERIFY(!store.isPersistent());
    }

    void secretsFollowTheDatabaseModes()
    {
        auto names = [](const QByteArray &yaml) {
            QStringList out;
            for (const auto &s : DeploymentSecrets::forProfile(phctest::profileFrom(yaml)))
                out << s.envVar + (s.generated ? QStringLiteral("+gen") : QString());
            return out;
        };
        // Guide example: external PostgreSQL, the rest bundled.
        QCOMPARE(names(ProfileIO::exampleProfile()),
                 QStringList({QStringLiteral("POSTHOG_SECRET_KEY+gen"), QStringLiteral("POSTGRES_PASSWORD"),
                              QStringLiteral("CLICKHOUSE_PASSWORD+gen"), QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID+gen"),
                              QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY+gen")}));
        const QByteArray external = phctest::readFile(phctest::testDataDir() + QStringLiteral("/profiles/all-external.yaml"));
        QCOMPARE(names(external),
                 QStringList({QStringLiteral("POSTHOG_SECRET_KEY+gen"), QStringLiteral("POSTGRES_PASSWORD"),
                              QStringLiteral("REDIS_PASSWORD"), QStringLiteral("CLICKHOUSE_PASSWORD"),
                              QStringLiteral("OBJECT_STORAGE_ACCESS_KEY_ID"), QStringLiteral("OBJECT_STORAGE_SECRET_ACCESS_KEY")}));
    }

    void secretsMatchTheGeneratedEnvExample()
    {
        // Every variable the Compose .env.example asks for is one the Secrets step offers, in the same order.
        for (const auto &[name, yaml] : phctest::referenceProfiles()) {
            const auto files = phctest::bundleFor(yaml);
            const auto *env = phctest::findFile(files, QStringLiteral("compose/.env.example"));
            if (!env)
                continue;
            QStringList inFile;
            static const QRegularExpression var(QStringLiteral("^([A-Z_]+)=$"), QRegularExpression::MultilineOption);
            for (auto it = var.globalMatch(QString::fromUtf8(env->content)); it.hasNext();)
                inFile << it.next().captured(1);
            QStringList offered;
            for (const auto &s : DeploymentSecrets::forProfile(phctest::profileFrom(yaml)))
                offered << s.envVar;
            QCOMPARE(offered, inFile);
        }
    }

    void randomHexIsHexOfTheRightLengthAndVaries()
    {
        const QString a = DeploymentSecrets::randomHex(32);
        const QString b = DeploymentSecrets::randomHex(32);
        QCOMPARE(a.size(), 64);
        QCOMPARE(DeploymentSecrets::randomHex(8).size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(a).hasMatch());
        QVERIFY(a != b);
    }

    void envFileRefusesLineBreaks()
    {
        const QList<DeploymentSecret> list {{QStringLiteral("A"), {}, true}, {QStringLiteral("B"), {}, false}};
        QString error;
        const QByteArray ok = DeploymentSecrets::envFile(list, {{QStringLiteral("A"), QStringLiteral("x1")}}, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(ok.contains("\nA=x1\n"));
        QVERIFY(ok.contains("\nB=\n"));
        const QByteArray bad = DeploymentSecrets::envFile(list, {{QStringLiteral("B"), QStringLiteral("x\ny")}}, &error);
        QVERIFY(bad.isEmpty());
        QVERIFY(error.contains(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
