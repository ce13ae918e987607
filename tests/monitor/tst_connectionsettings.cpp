#include "monitor/connectionsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace phc;

namespace {

ConnectionSettings valid()
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("https://analytics.distill.app"));
    return s;
}

} // namespace

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const ConnectionSettings s;
        QCOMPARE(s.probePaths, (QStringList{QStringLiteral("/_health"), QStringLiteral("/_ready"),
                                            QStringLiteral("/_livez"), QStringLiteral("/_readyz")}));
        QCOMPARE(s.timeoutMs, 5000);
        QCOMPARE(s.pollIntervalMs, 10000);
        QCOMPARE(s.maxResponseBytes, 64LL * 1024 * 1024);
        QCOMPARE(s.metricsSource, MetricsSource::None);
        const FetchOptions o = valid().fetchOptions();
        QCOMPARE(o.timeoutMs, 5000);
        QCOMPARE(o.maxBytes, 64LL * 1024 * 1024);
        QVERIFY(valid().validate().isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issuePath");
        QTest::addColumn<bool>("isError");

        QTest::newRow("no base url") << QStringLiteral("baseUrl") << QStringLiteral("") << QStringLiteral("baseUrl") << true;
        QTest::newRow("ftp base url") << QStringLiteral("baseUrl") << QStringLiteral("ftp://x.example") << QStringLiteral("baseUrl") << true;
        QTest::newRow("no host") << QStringLiteral("baseUrl") << QStringLiteral("https://") << QStringLiteral("baseUrl") << true;
        QTest::newRow("user info") << QStringLiteral("baseUrl") << QStringLiteral("https://u:p@x.example") << QStringLiteral("baseUrl") << true;
        QTest::newRow("query") << QStringLiteral("baseUrl") << QStringLiteral("https://x.example/?a=1") << QStringLiteral("baseUrl") << true;
        QTest::newRow("plain http remote") << QStringLiteral("baseUrl") << QStringLiteral("http://10.1.2.3:8000") << QStringLiteral("baseUrl") << false;
        QTest::newRow("probe not a path") << QStringLiteral("probe") << QStringLiteral("_health") << QStringLiteral("probePaths[4]") << true;
        QTest::newRow("probe bad url") << QStringLiteral("probe") << QStringLiteral("gopher://x/_health") << QStringLiteral("probePaths[4]") << true;
        QTest::newRow("metrics url missing") << QStringLiteral("metricsScrape") << QStringLiteral("") << QStringLiteral("metricsUrl") << true;
        QTest::newRow("timeout too small") << QStringLiteral("timeoutMs") << QStringLiteral("50") << QStringLiteral("timeoutMs") << true;
        QTest::newRow("timeout too large") << QStringLiteral("timeoutMs") << QStringLiteral("200000") << QStringLiteral("timeoutMs") << true;
        QTest::newRow("timeout over interval") << QStringLiteral("timeoutMs") << QStringLiteral("20000") << QStringLiteral("timeoutMs") << false;
        QTest::newRow("poll too fast") << QStringLiteral("pollIntervalMs") << QStringLiteral("500") << QStringLiteral("pollIntervalMs") << true;
        QTest::newRow("cap too small") << QStringLiteral("maxResponseBytes") << QStringLiteral("10") << QStringLiteral("maxResponseBytes") << true;
        QTest::newRow("window too small") << QStringLiteral("rateWindowSeconds") << QStringLiteral("5") << QStringLiteral("rateWindowSeconds") << true;
        QTest::newRow("window under two scrapes") << QStringLiteral("rateWindowScrape") << QStringLiteral("15") << QStringLiteral("rateWindowSeconds") << false;
        QTest::newRow("missing CA file") << QStringLiteral("extraCaFile") << QStringLiteral("/nonexistent/ca.pem") << QStringLiteral("extraCaFile") << true;
        QTest::newRow("cors with path") << QStringLiteral("cors") << QStringLiteral("https://app.example.com/path") << QStringLiteral("corsOrigins[0]") << true;
        QTest::newRow("cors not a url") << QStringLiteral("cors") << QStringLiteral("app.example.com") << QStringLiteral("corsOrigins[0]") << true;
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, issuePath);
        QFETCH(bool, isError);

        ConnectionSettings s = valid();
        if (field == u"baseUrl")
            s.baseUrl = QUrl(value);
        else if (field == u"probe")
            s.probePaths.append(value);
        else if (field == u"metricsScrape")
            s.metricsSource = MetricsSource::DirectScrape, s.metricsUrl = QUrl(value);
        else if (field == u"timeoutMs")
            s.timeoutMs = value.toInt();
        else if (field == u"pollIntervalMs")
            s.pollIntervalMs = value.toInt();
        else if (field == u"maxResponseBytes")
            s.maxResponseBytes = value.toLongLong();
        else if (field == u"rateWindowSeconds")
            s.rateWindowSeconds = value.toInt();
        else if (field == u"rateWindowScrape") {
            s.metricsSource = MetricsSource::DirectScrape;
            s.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:8001/metrics"));
            s.rateWindowSeconds = value.toInt();
        } else if (field == u"extraCaFile")
            s.extraCaFile = value;
        else if (field == u"cors")
            s.corsOrigins = {value};

        const Issues issues = s.validate();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, issuePath);
        QCOMPARE(issues.first().severity == Severity::Error, isError);
        QVERIFY(!issues.first().message.isEmpty());
    }

    void acceptedForms()
    {
        ConnectionSettings s = valid();
        s.baseUrl = QUrl(QStringLiteral("http://localhost:8000"));
        s.probePaths = {QStringLiteral("/_readyz?role=web"), QStringLiteral("http://127.0.0.1:6738/_health")};
        s.corsOrigins = {QStringLiteral("https://app.distill.app"), QStringLiteral("https://distill.app/"),
                         QStringLiteral("chrome-extension://*")};
        s.metricsSource = MetricsSource::PrometheusServer;
        s.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(s.validate(), Issues());
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("url");
        QTest::newRow("root") << QStringLiteral("https://ph.example") << QStringLiteral("/_health") << QStringLiteral("https://ph.example/_health");
        QTest::newRow("base path") << QStringLiteral("https://ex.example/posthog/") << QStringLiteral("/_health") << QStringLiteral("https://ex.example/posthog/_health");
        QTest::newRow("base path no slash") << QStringLiteral("https://ex.example/posthog") << QStringLiteral("/_ready") << QStringLiteral("https://ex.example/posthog/_ready");
        QTest::newRow("query") << QStringLiteral("https://ph.example") << QStringLiteral("/_readyz?role=web") << QStringLiteral("https://ph.example/_readyz?role=web");
        QTest::newRow("absolute") << QStringLiteral("https://ph.example") << QStringLiteral("http://127.0.0.1:6738/_health")
                                  << QStringLiteral("http://127.0.0.1:6738/_health");
        QTest::newRow("no slash") << QStringLiteral("https://ph.example:8443") << QStringLiteral("_health") << QStringLiteral("https://ph.example:8443/_health");
    }

    void resolve()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, url);
        ConnectionSettings s;
        s.baseUrl = QUrl(base);
        QCOMPARE(s.resolve(path).toString(), url);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        ConnectionSettings s = valid();
        s.probePaths = {QStringLiteral("/_health"), QStringLiteral("http://127.0.0.1:6738/_health")};
        s.metricsSource = MetricsSource::PrometheusServer;
        s.metricsUrl = QUrl(QStringLiteral("https://prometheus.example/prom"));
        s.timeoutMs = 3000;
        s.pollIntervalMs = 15000;
        s.maxResponseBytes = 1024 * 1024;
        s.extraCaFile = file; // any readable file
        s.rateWindowSeconds = 120;
        s.corsOrigins = {QStringLiteral("https://app.distill.app")};
        const QString profile = QStringLiteral("prod/eu: analytics");
        {
            QSettings settings(file, QSettings::IniFormat);
            s.save(settings, profile);
            valid().save(settings, QStringLiteral("staging"));
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(ConnectionSettings::savedProfiles(settings), (QStringList{profile, QStringLiteral("staging")}));
        auto loaded = ConnectionSettings::load(settings, profile);
        QVERIFY(loaded.ok());
        QVERIFY2(loaded.issues().isEmpty(), qPrintable(formatIssues(loaded.issues(), file)));
        QCOMPARE(loaded.value(), s);

        ConnectionSettings::remove(settings, QStringLiteral("staging"));
        QCOMPARE(ConnectionSettings::savedProfiles(settings), QStringList{profile});
        QVERIFY(!ConnectionSettings::load(settings, QStringLiteral("staging")).ok());
    }

    void savedFileHoldsOnlyConnectionKeys()
    {
        // The API key is not a member, so it cannot be saved; the file holds
        // exactly the documented keys.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            valid().save(settings, QStringLiteral("p"));
        }
        QSettings settings(file, QSettings::IniFormat);
        QStringList keys = settings.allKeys();
        keys.sort();
        QStringList expected;
        for (const char *k : {"baseUrl", "corsOrigins", "extraCaFile", "maxResponseBytes", "metricsSource", "metricsUrl",
                              "pollIntervalMs", "probePaths", "profile", "rateWindowSeconds", "timeoutMs"})
            expected.append(QStringLiteral("monitor/connections/p/") + QLatin1StringView(k));
        QCOMPARE(keys, expected);
    }

    void unreadableStoredValues()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("console.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            valid().save(settings, QStringLiteral("p"));
            settings.setValue(QStringLiteral("monitor/connections/p/timeoutMs"), QStringLiteral("soon"));
            settings.setValue(QStringLiteral("monitor/connections/p/metricsSource"), QStringLiteral("carrier-pigeon"));
        }
        QSettings settings(file, QSettings::IniFormat);
        auto loaded = ConnectionSettings::load(settings, QStringLiteral("p"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().timeoutMs, 5000);
        QCOMPARE(loaded.value().metricsSource, MetricsSource::None);
        QCOMPARE(loaded.issues().size(), 2);
        QCOMPARE(loaded.issues().at(0).path, QStringLiteral("metricsSource"));
        QCOMPARE(loaded.issues().at(1).path, QStringLiteral("timeoutMs"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
