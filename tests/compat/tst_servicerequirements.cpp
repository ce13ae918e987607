#include "compat/servicerequirements.h"

#include <QTest>

using namespace phc;

namespace {

Version v(const char *text)
{
    const auto parsed = Version::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("test version %s does not parse", text);
    return *parsed;
}

} // namespace

class TestServiceRequirements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: refused
        QTest::newRow("major.minor") << QStringLiteral("14.5") << QStringLiteral("14.5");
        QTest::newRow("four parts") << QStringLiteral("22.8.11.15") << QStringLiteral("22.8.11.15");
        QTest::newRow("image tag") << QStringLiteral("release-1.43.0") << QStringLiteral("1.43.0");
        QTest::newRow("plain") << QStringLiteral("1.43.0") << QStringLiteral("1.43.0");
        QTest::newRow("v prefix") << QStringLiteral("v6.2.6") << QStringLiteral("6.2.6");
        QTest::newRow("postgres build") << QStringLiteral("14.5 (Debian 14.5-1.pgdg110+1)") << QStringLiteral("14.5");
        QTest::newRow("suffix") << QStringLiteral("6.2.6-alpine") << QStringLiteral("6.2.6");
        QTest::newRow("major only") << QStringLiteral("15") << QStringLiteral("15");
        QTest::newRow("latest") << QStringLiteral("latest") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("trailing dot") << QStringLiteral("14.") << QString();
        QTest::newRow("letters inside") << QStringLiteral("14.x") << QString();
        QTest::newRow("overflow") << QStringLiteral("99999999999.1") << QString();
    }

    void parseVersion()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const auto got = Version::parse(text);
        QCOMPARE(got ? got->toString() : QString(), parsed);
    }

    void compareVersions()
    {
        QVERIFY(v("14.1") == v("14.1.0"));
        QVERIFY(v("14.1") < v("14.1.1"));
        QVERIFY(v("14.10") > v("14.9"));
        QVERIFY(v("22.8.11.15") > v("22.8.11"));
        QVERIFY(v("release-1.43.0") < v("1.44"));
        QCOMPARE(v("22.8.11.15").semver().toString(), QStringLiteral("22.8.11"));
        QCOMPARE(v("14").semver().toString(), QStringLiteral("14.0.0"));
    }

    void contains_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("inside");
        const QString pg = QStringLiteral(">=11.0.0,<=14.1.0");
        QTest::newRow("pg 11.0") << pg << QStringLiteral("11.0") << true;
        QTest::newRow("pg 10.22") << pg << QStringLiteral("10.22") << false;
        QTest::newRow("pg 14.1") << pg << QStringLiteral("14.1") << true;
        QTest::newRow("pg 14.2") << pg << QStringLiteral("14.2") << false;
        QTest::newRow("pg 14.5") << pg << QStringLiteral("14.5") << false;
        QTest::newRow("pg 15") << pg << QStringLiteral("15") << false;
        const QString ch = QStringLiteral(">=21.6.0,<22.4.0");
        QTest::newRow("ch 22.3.13.80") << ch << QStringLiteral("22.3.13.80") << true;
        QTest::newRow("ch 22.8.11.15") << ch << QStringLiteral("22.8.11.15") << false;
        // PostHog compares major.minor.patch: a fourth part never crosses a bound.
        QTest::newRow("fourth part ignored") << QStringLiteral("<=22.8.11") << QStringLiteral("22.8.11.15") << true;
        QTest::newRow("greater") << QStringLiteral(">6.0") << QStringLiteral("6.0.1") << true;
        QTest::newRow("not greater") << QStringLiteral(">6.0") << QStringLiteral("6.0") << false;
        QTest::newRow("equal") << QStringLiteral("==6.2.6") << QStringLiteral("6.2.6") << true;
        QTest::newRow("not equal") << QStringLiteral("!=6.2.6") << QStringLiteral("6.2.6") << false;
    }

    void contains()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(bool, inside);
        const auto range = VersionRange::parse(spec);
        QVERIFY(range);
        QCOMPARE(range->contains(v(qPrintable(version))), inside);
    }

    void rangeText_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("text");
        QTest::newRow("closed") << QStringLiteral(">=11.0.0,<=14.1.0") << QStringLiteral("11.0 to 14.1");
        QTest::newRow("half open") << QStringLiteral(">=21.6.0,<22.4.0") << QStringLiteral("21.6 or later, below 22.4");
        QTest::newRow("floor") << QStringLiteral(">=14.0.0") << QStringLiteral("14.0 or later");
        QTest::newRow("patch kept") << QStringLiteral(">=22.8.11,<=22.8.20") << QStringLiteral("22.8.11 to 22.8.20");
        QTest::newRow("ceiling") << QStringLiteral("<8.0.0") << QStringLiteral("below 8.0");
        QTest::newRow("exact") << QStringLiteral("==6.2.6") << QStringLiteral("exactly 6.2.6");
    }

    void rangeText()
    {
        QFETCH(QString, spec);
        QFETCH(QString, text);
        const auto range = VersionRange::parse(spec);
        QVERIFY(range);
        QCOMPARE(range->text(), text);
        QCOMPARE(range->spec(), spec);
    }

    void badRanges_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("must not be empty");
        QTest::newRow("no operator") << QStringLiteral("14.1") << QStringLiteral("'14.1' does not start with");
        QTest::newRow("tilde") << QStringLiteral("~=14.1") << QStringLiteral("does not start with");
        QTest::newRow("no number") << QStringLiteral(">=11.0,<=") << QStringLiteral("'' is not a version");
        QTest::newRow("words") << QStringLiteral(">=eleven") << QStringLiteral("'eleven' is not a version");
        QTest::newRow("prefix") << QStringLiteral(">=v11") << QStringLiteral("'v11' is not a version");
    }

    void badRanges()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!VersionRange::parse(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // The table as built into the program, against PostHog's own gates of the
    // 1.4x releases.
    void builtInGates()
    {
        const ServiceRequirements &t = ServiceRequirements::builtIn();
        const ServiceGates *g = t.forPosthogVersion(v("release-1.43.0"));
        QVERIFY(g);
        QCOMPARE(g->range(QStringLiteral("postgresql")).spec(), QStringLiteral(">=11.0.0,<=14.1.0"));
        QCOMPARE(g->range(QStringLiteral("postgresql")).text(), QStringLiteral("11.0 to 14.1"));
        QCOMPARE(g->range(QStringLiteral("redis")).spec(), QStringLiteral(">=5.0.0,<=6.3.0"));
        QVERIFY(g->range(QStringLiteral("clickhouse")).contains(v(g->clickhouseImageTag().toLatin1())));
        QCOMPARE(g->clickhouseImageTag(), QStringLiteral("22.8.11.15"));
        // Both charts that carry app 1.43.0 pass with their own default:
        // 30.3.0 with 22.3.13.80, 30.3.1 with 22.8.11.15.
        QVERIFY(g->range(QStringLiteral("clickhouse")).contains(v("22.3.13.80")));
        QVERIFY(g->range(QStringLiteral("clickhouse")).contains(v("22.8.11.15")));
        QVERIFY(!g->range(QStringLiteral("clickhouse")).contains(v("24.1.0")));
        QCOMPARE(t.forPosthogVersion(v("1.43.1")), g);

        const ServiceGates *before = t.forPosthogVersion(v("1.42.0"));
        QVERIFY(before && before != g);
        QCOMPARE(before->range(QStringLiteral("clickhouse")).spec(), QStringLiteral(">=21.6.0,<22.4.0"));
        QVERIFY(!before->range(QStringLiteral("clickhouse")).contains(v("22.8.11.15")));

        QCOMPARE(t.forPosthogVersion(v("1.20.0")), nullptr);
        QCOMPARE(t.forPosthogVersion(v("2.0.0")), nullptr);
        QCOMPARE(t.forPosthogVersion(Version()), nullptr);
        QVERIFY(g->range(QStringLiteral("kafka")).isEmpty());
        for (const ServiceGates &row : t.releases()) {
            QVERIFY(!row.source().isEmpty());
            for (const QString &s : ServiceRequirements::knownServices())
                QVERIFY2(!row.range(s).isEmpty(), qPrintable(row.posthog().spec() + u' ' + s));
        }
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected"); // each an issue formatted as "path:line:col: ..."
        QTest::newRow("no releases") << QByteArray("other: 1\n")
                                     << QStringList{QStringLiteral("releases"), QStringLiteral("other")};
        QTest::newRow("bad range") << QByteArray("releases:\n"
                                                 "  - posthog: \">=1.43.0\"\n"
                                                 "    services:\n"
                                                 "      postgresql: \"11 to 14\"\n"
                                                 "      redis: \">=5.0\"\n")
                                   << QStringList{QStringLiteral("releases[0].services.postgresql:4:19: '11 to 14'")};
        QTest::newRow("typo and bad image, all at once")
            << QByteArray("releases:\n"
                          "  - posthog: \">=1.43.0\"\n"
                          "    clickhouseImageTag: latest\n"
                          "    services:\n"
                          "      postgress: \">=11.0\"\n"
                          "      redis: \"=>5.0\"\n")
            << QStringList{QStringLiteral("releases[0].clickhouseImageTag:3:25: 'latest' is not a version"),
                           QStringLiteral("releases[0].services.postgress:5:7:"),
                           QStringLiteral("postgresql"), QStringLiteral("releases[0].services.redis:6:14:")};
        QTest::newRow("image outside its gate")
            << QByteArray("releases:\n"
                          "  - posthog: \">=1.43.0\"\n"
                          "    services: {postgresql: \">=11.0\", redis: \">=5.0\", clickhouse: \">=22.8.0,<23.0.0\"}\n"
                          "    clickhouseImageTag: \"23.9.2.56\"\n"
                          "  - posthog: \">=1.44.0\"\n"
                          "    services: {postgresql: \">=11.0\", redis: \">=5.0\"}\n"
                          "    clickhouseImageTag: \"24.1\"\n")
            << QStringList{QStringLiteral("releases[0].clickhouseImageTag:4:25: 23.9.2.56 is outside"),
                           QStringLiteral("releases[1].services.clickhouse:")};
        QTest::newRow("overlap") << QByteArray("releases:\n"
                                               "  - {posthog: \">=1.40.0,<1.44.0\", services: {}}\n"
                                               "  - {posthog: \">=1.43.0,<1.44.0\", services: {}}\n")
                                 << QStringList{QStringLiteral("releases[1].posthog:3:15: release 1.43.0 is already covered")};
    }

    void badTables()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const auto t = ServiceRequirements::parse(yaml);
        QVERIFY(!t.ok());
        QString all;
        for (const Issue &i : t.issues())
            all += QStringLiteral("%1:%2:%3: %4\n").arg(i.path).arg(i.line).arg(i.column).arg(i.message);
        for (const QString &e : expected)
            QVERIFY2(all.contains(e), qPrintable(all));
    }

    void loadFileReportsThePath()
    {
        const auto t = ServiceRequirements::loadFile(QStringLiteral("/nonexistent/service-requirements.yaml"));
        QVERIFY(!t.ok());
        QVERIFY(!t.issues().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceRequirements)
#include "tst_servicerequirements.moc"
