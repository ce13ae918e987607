#include "admin/adminchecks.h"
#include "admin/adminstandin.h"
#include "adminsnapshots.h"

#include <QTest>

using namespace phc;
using phctest::snapshotOf;

namespace {

const QDateTime now = QDateTime(QDate(2022, 11, 3), QTime(10, 15, 0), Qt::UTC);

AdminStandInState healthy()
{
    AdminStandInState s;
    s.lastEventIngested = now.addSecs(-30);
    return s;
}

AdminCheck check(const AdminStandInState &state, const QString &id, const QList<ServiceGate> &gates = {},
                 const AdminThresholds &t = AdminThresholds::builtIn())
{
    const AdminStatus status = AdminChecks::evaluate(snapshotOf(state), t, now, gates);
    const AdminCheck *c = status.check(id);
    if (!c)
        qFatal("no check %s", qPrintable(id));
    return *c;
}

ServiceGate gate(const QString &service, std::function<std::optional<bool>(const QString &)> accepts)
{
    return {service, QStringLiteral("1.43.0"), QStringLiteral("test range"), std::move(accepts)};
}

} // namespace

Q_DECLARE_METATYPE(phc::AdminCheckLevel)

class TestAdminChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInThresholds()
    {
        const AdminThresholds &t = AdminThresholds::builtIn();
        QCOMPARE(t.diskFreeWarn, 0.2);
        QCOMPARE(t.diskFreeFail, 0.1);
        QCOMPARE(t.lagWarnSeconds, 600.0);
        QCOMPARE(t.lagFailSeconds, 1800.0);
        QVERIFY(t.redisMaxmemoryRequired);
    }

    void thresholdProblems()
    {
        const auto r = AdminThresholds::parse("clickhouseDiskFree:\n  warn: 1.5\n  fail: 0.3\n"
                                              "ingestionLagSeconds:\n  warn: 600\n  fial: 10\nother: 1\n");
        QVERIFY(!r.ok());
        const QString text = formatIssues(r.issues(), u"checks.yaml"_qs);
        QVERIFY2(text.contains(u"checks.yaml:2:9: clickhouseDiskFree.warn: must be between 0 and 1"), qPrintable(text));
        QVERIFY2(text.contains(u"ingestionLagSeconds.fial"), qPrintable(text));
        QVERIFY2(text.contains(u"other"), qPrintable(text));
        QVERIFY(!AdminThresholds::parse("ingestionLagSeconds:\n  warn: 600\n  fail: 100\n").ok());
        QVERIFY(AdminThresholds::parse("ingestionLagSeconds:\n  warn: 60\n  fail: 100\n").ok());
        // Under PostHog's 60 s cache a lag limit says nothing.
        const auto cached = AdminThresholds::parse("ingestionLagSeconds:\n  warn: 30\n  fail: 100\n");
        QVERIFY(!cached.ok());
        QVERIFY2(formatIssues(cached.issues(), u"c.yaml"_qs).contains(u"c.yaml:2:9: ingestionLagSeconds.warn: must be between 60 and"),
                 qPrintable(formatIssues(cached.issues(), u"c.yaml"_qs)));
    }

    void healthyInstance()
    {
        const AdminSnapshot snap = snapshotOf(healthy());
        const AdminStatus status =
            AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, AdminChecks::gatesFor(snap, QString()));
        QCOMPARE(status.verdict, AdminVerdict::Healthy);
        QCOMPARE(status.checks.size(), AdminChecks::ids().size());
        QCOMPARE(status.unknownCount(), 0);
        // No gates: the version checks cannot judge, so healthy is not proven;
        // the unknown ones come first.
        const AdminStatus noGates = AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {});
        QCOMPARE(noGates.verdict, AdminVerdict::Degraded);
        QCOMPARE(noGates.unknownCount(), 2);
        QCOMPARE(noGates.checks.at(0).id, u"postgresVersion"_qs);
        QCOMPARE(noGates.checks.at(1).id, u"redisVersion"_qs);
        QCOMPARE(noGates.checks.at(2).id, u"postgresAlive"_qs);
        for (const AdminCheck &c : noGates.checks) {
            if (c.id.endsWith(u"Version"))
                QCOMPARE(c.level, AdminCheckLevel::Unknown);
            else
                QVERIFY2(c.level == AdminCheckLevel::Pass, qPrintable(c.id + u": " + c.message));
        }
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("which");
        QTest::newRow("postgres") << u"postgresAlive"_qs << 0;
        QTest::newRow("redis") << u"redisAlive"_qs << 1;
        QTest::newRow("clickhouse") << u"clickhouseAlive"_qs << 2;
        QTest::newRow("plugin server") << u"pluginServerAlive"_qs << 3;
        QTest::newRow("dead letter queue") << u"deadLetterQueueRatioOk"_qs << 4;
        QTest::newRow("object storage") << u"objectStorageHealthy"_qs << 5;
    }
    void booleans()
    {
        QFETCH(QString, id);
        QFETCH(int, which);
        AdminStandInState s = healthy();
        bool *flags[] = {&s.postgresAlive, &s.redisAlive, &s.clickhouseAlive, &s.pluginServerAlive,
                         &s.deadLetterQueueRatioOk, &s.objectStorageHealthy};
        QCOMPARE(check(s, id).level, AdminCheckLevel::Pass);
        *flags[which] = false;
        const AdminCheck c = check(s, id);
        QCOMPARE(c.level, AdminCheckLevel::Fail);
        QCOMPARE(c.value, std::optional<double>(0));
        QVERIFY(!c.message.isEmpty());
        const AdminStatus status = AdminChecks::evaluate(snapshotOf(s), AdminThresholds::builtIn(), now, {});
        QCOMPARE(status.verdict, AdminVerdict::Degraded);
    }

    void pluginServerMessage()
    {
        AdminStandInState s = healthy();
        s.pluginServerAlive = false;
        QVERIFY(check(s, u"pluginServerAlive"_qs).message.contains(u"no events are ingested"));
    }

    void diskFree_data()
    {
        QTest::addColumn<double>("freeGiB");
        QTest::addColumn<AdminCheckLevel>("level");
        // Of 100 GiB: warn under 20 %, fail under 10 %.
        QTest::newRow("50%") << 50.0 << AdminCheckLevel::Pass;
        QTest::newRow("20% exactly") << 20.0 << AdminCheckLevel::Pass;
        QTest::newRow("19.99%") << 19.99 << AdminCheckLevel::Warn;
        QTest::newRow("10% exactly") << 10.0 << AdminCheckLevel::Warn;
        QTest::newRow("9.99%") << 9.99 << AdminCheckLevel::Fail;
        QTest::newRow("0") << 0.0 << AdminCheckLevel::Fail;
    }
    void diskFree()
    {
        QFETCH(double, freeGiB);
        QFETCH(AdminCheckLevel, level);
        AdminStandInState s = healthy();
        const double gib = double(1LL << 30);
        s.disks = {{freeGiB * gib, 100 * gib}};
        const AdminCheck c = check(s, u"clickhouseDiskFree"_qs);
        QCOMPARE(c.level, level);
        QVERIFY(qAbs(*c.value - freeGiB / 100) < 1e-9);
    }

    void fullestDiskCounts()
    {
        AdminStandInState s = healthy();
        const double gib = double(1LL << 30);
        s.disks = {{1500 * gib, 2000 * gib}, {9 * gib, 100 * gib}};
        const AdminCheck c = check(s, u"clickhouseDiskFree"_qs);
        QCOMPARE(c.level, AdminCheckLevel::Fail);
        QVERIFY2(c.message.contains(u"disk 1"), qPrintable(c.message));
    }

    void ingestionLag_data()
    {
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<bool>("withOffset");
        QTest::addColumn<AdminCheckLevel>("level");
        QTest::newRow("recent") << 30 << false << AdminCheckLevel::Pass;
        QTest::newRow("600 exactly") << 600 << false << AdminCheckLevel::Pass;
        QTest::newRow("601") << 601 << true << AdminCheckLevel::Warn;
        QTest::newRow("1800 exactly") << 1800 << false << AdminCheckLevel::Warn;
        QTest::newRow("1801") << 1801 << true << AdminCheckLevel::Fail;
        QTest::newRow("in the future (clock skew)") << -20 << false << AdminCheckLevel::Pass;
    }
    void ingestionLag()
    {
        QFETCH(int, secondsAgo);
        QFETCH(bool, withOffset);
        QFETCH(AdminCheckLevel, level);
        AdminStandInState s = healthy();
        s.lastEventIngested = now.addSecs(-secondsAgo);
        s.timestampWithOffset = withOffset;
        const AdminCheck c = check(s, u"ingestionLagSeconds"_qs);
        QCOMPARE(c.level, level);
        QCOMPARE(c.value, std::optional<double>(std::max(0, secondsAgo)));
    }

    void noEventInTheLastHour()
    {
        AdminStandInState s = healthy();
        s.lastEventIngested = QDateTime(); // the epoch, as later releases send it
        const AdminCheck c = check(s, u"ingestionLagSeconds"_qs);
        QCOMPARE(c.level, AdminCheckLevel::Fail);
        QCOMPARE(c.value, std::nullopt);
        QVERIFY(c.message.contains(u"last hour"));
    }

    void redisMaxmemory_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<AdminCheckLevel>("level");
        QTest::newRow("limit") << u"400.00MB"_qs << AdminCheckLevel::Pass;
        QTest::newRow("no limit") << u"0BB"_qs << AdminCheckLevel::Warn;
        QTest::newRow("unknown") << u"?B"_qs << AdminCheckLevel::Unknown;
    }
    void redisMaxmemory()
    {
        QFETCH(QString, value);
        QFETCH(AdminCheckLevel, level);
        AdminStandInState s = healthy();
        s.redisMaxmemory = value;
        const AdminCheck c = check(s, u"redisMaxmemory"_qs);
        QCOMPARE(c.level, level);
        if (level == AdminCheckLevel::Warn)
            QVERIFY(c.message.contains(u"grows until it is killed"));
        AdminThresholds relaxed = AdminThresholds::builtIn();
        relaxed.redisMaxmemoryRequired = false;
        if (level == AdminCheckLevel::Warn)
            QCOMPARE(check(s, u"redisMaxmemory"_qs, {}, relaxed).level, AdminCheckLevel::Pass);
    }

    void asyncMigrations()
    {
        AdminStandInState s = healthy();
        AsyncMigration m;
        m.id = 2;
        m.name = u"0008_speed_up_kafka_timestamp_filters"_qs;
        m.status = MigrationStatus::Running;
        m.progress = 40;
        s.migrations = {m};
        AdminCheck c = check(s, u"asyncMigrationsOk"_qs);
        QCOMPARE(c.level, AdminCheckLevel::Pass);
        QVERIFY(c.message.contains(u"40%"));
        for (MigrationStatus failed : {MigrationStatus::Errored, MigrationStatus::RolledBack, MigrationStatus::FailedAtStartup}) {
            AdminSnapshot snap = snapshotOf(s);
            (*snap.migrations)[0].status = failed;
            (*snap.migrations)[0].lastError = u"Memory limit (total) exceeded"_qs;
            c = *AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {}).check(u"asyncMigrationsOk");
            QCOMPARE(c.level, AdminCheckLevel::Fail);
            QVERIFY2(c.message.contains(migrationStatusName(failed)) && c.message.contains(u"Memory limit"),
                     qPrintable(c.message));
        }
        // PostHog's own row when nothing failed.
        s.migrations.clear();
        s.asyncMigrationsOk = false;
        QCOMPARE(check(s, u"asyncMigrationsOk"_qs).level, AdminCheckLevel::Warn);
    }

    void missingRowsAreUnknown()
    {
        AdminSnapshot snap;
        snap.overview = InstanceOverview();
        const AdminStatus status = AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {});
        // Not one check could read its row: no verdict, never "healthy".
        QCOMPARE(status.verdict, AdminVerdict::NoVerdict);
        QVERIFY2(status.error.contains(u"no check could be evaluated"), qPrintable(status.error));
        for (const AdminCheck &c : status.checks)
            QVERIFY2(c.level == AdminCheckLevel::Unknown, qPrintable(c.id));
    }

    // JSON of PostHog's shape whose values no check can read: numbers where
    // sizes belong, strings where booleans belong.
    void unreadableRowsAreNoVerdict()
    {
        AdminSnapshot snap;
        InstanceOverview o;
        for (const char *key : {"db_alive", "redis_alive", "clickhouse_alive", "plugin_sever_alive", "async_migrations_ok",
                                "dead_letter_queue_ratio_ok", "object_storage"})
            o.rows.append({QString::fromLatin1(key), QStringLiteral("x"), QJsonValue(QStringLiteral("yes")), std::nullopt});
        o.rows.append({u"clickhouse_disk_0_free_space"_qs, u"x"_qs, QJsonValue(120), std::nullopt});
        o.rows.append({u"clickhouse_disk_0_total_space"_qs, u"x"_qs, QJsonValue(200), std::nullopt});
        o.rows.append({u"last_event_ingested_timestamp"_qs, u"x"_qs, QJsonValue(17), std::nullopt});
        snap.overview = o;
        const AdminStatus none = AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {});
        QCOMPARE(none.verdict, AdminVerdict::NoVerdict);
        // One readable row among them: a verdict, but not healthy.
        snap.overview->rows[0].value = true;
        const AdminStatus one = AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {});
        QCOMPARE(one.verdict, AdminVerdict::Degraded);
        QCOMPARE(one.checks.last().id, u"postgresAlive"_qs);
        QCOMPARE(one.unknownCount(), one.checks.size() - 1);
    }

    void serviceVersions()
    {
        AdminStandInState s = healthy();
        s.pgVersion = u"14.0.5"_qs;
        QString seen;
        const QList<ServiceGate> gates {
            gate(u"postgresql"_qs, [&seen](const QString &v) { seen = v; return std::optional<bool>(v == u"14.5"); }),
            gate(u"redis"_qs, [](const QString &v) { return std::optional<bool>(v.startsWith(u"6.")); }),
        };
        QCOMPARE(check(s, u"postgresVersion"_qs, gates).level, AdminCheckLevel::Pass);
        QCOMPARE(seen, u"14.5"_qs); // decoded before the gate sees it
        s.pgVersion = u"15.0.1"_qs;
        const AdminCheck pg = check(s, u"postgresVersion"_qs, gates);
        QCOMPARE(pg.level, AdminCheckLevel::Fail);
        QVERIFY2(pg.message.contains(u"next restart"), qPrintable(pg.message));
        QCOMPARE(check(s, u"redisVersion"_qs, gates).level, AdminCheckLevel::Pass);
        s.redisVersion = u"7.0.5"_qs;
        QCOMPARE(check(s, u"redisVersion"_qs, gates).level, AdminCheckLevel::Fail);
    }

    void versionInForce()
    {
        // The row wins over the profile.
        AdminStandInState old = healthy();
        old.posthogVersionRow = u"1.40.1"_qs;
        QCOMPARE(AdminChecks::versionInForce(snapshotOf(old), u"release-1.41.0"_qs), u"1.40.1"_qs);
        // An image without the row: the profile's tag, else nothing, never a guess.
        AdminStandInState image = healthy();
        image.posthogVersionRow.clear();
        const AdminSnapshot snap = snapshotOf(image);
        QCOMPARE(AdminChecks::versionInForce(snap, u"release-1.41.0"_qs), u"1.41.0"_qs);
        QCOMPARE(AdminChecks::versionInForce(snap, QString()), QString());
        QCOMPARE(AdminChecks::versionInForce(snap, u"latest"_qs), QString());
        QVERIFY(AdminChecks::gatesFor(snap, QString()).isEmpty());
    }

    // PostgreSQL 14.5 reads "14.0.5"; PostHog 1.43 accepts up to 14.1.
    void builtInGates()
    {
        AdminStandInState s = healthy();
        QList<ServiceGate> gates = AdminChecks::gatesFor(snapshotOf(s), QString());
        QCOMPARE(gates.size(), 2);
        QCOMPARE(check(s, u"postgresVersion"_qs, gates).level, AdminCheckLevel::Pass);
        QCOMPARE(check(s, u"redisVersion"_qs, gates).level, AdminCheckLevel::Pass);
        s.pgVersion = u"14.0.5"_qs;
        const AdminCheck pg = check(s, u"postgresVersion"_qs, gates);
        QCOMPARE(pg.level, AdminCheckLevel::Fail);
        QVERIFY2(pg.message.contains(u"14.5") && pg.message.contains(u"1.43.0"), qPrintable(pg.message));
        s.pgVersion = u"14.0.1"_qs;
        QCOMPARE(check(s, u"postgresVersion"_qs, gates).level, AdminCheckLevel::Pass);
        s.redisVersion = u"7.0.5"_qs;
        QCOMPARE(check(s, u"redisVersion"_qs, gates).level, AdminCheckLevel::Fail);
        // A release the data does not know: no gates, the checks cannot judge.
        s.posthogVersionRow.clear();
        gates = AdminChecks::gatesFor(snapshotOf(s), u"release-9.0.0"_qs);
        QVERIFY(gates.isEmpty());
        QCOMPARE(check(s, u"redisVersion"_qs, gates).level, AdminCheckLevel::Unknown);
    }

    void downAndNoVerdict()
    {
        AdminSnapshot snap;
        snap.error = {AdminFailure::Unreachable, u"connection refused"_qs, 0};
        QCOMPARE(AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {}).verdict, AdminVerdict::Down);
        snap.error = {AdminFailure::KeyRefused, u"401"_qs, 401};
        QCOMPARE(AdminChecks::evaluate(snap, AdminThresholds::builtIn(), now, {}).verdict, AdminVerdict::NoVerdict);
    }
};

QTEST_GUILESS_MAIN(TestAdminChecks)
#include "tst_adminchecks.moc"
