#include "admin/upgradeplanner.h"

#include "compat/servicerequirements.h"

#include <QJsonArray>
#include <QTest>

using namespace phc;

namespace {

AsyncMigration live(const QString &name, MigrationStatus status, const QString &min, const QString &max)
{
    AsyncMigration m;
    m.name = name;
    m.status = status;
    m.posthogMinVersion = min;
    m.posthogMaxVersion = max;
    m.progress = status == MigrationStatus::Completed ? 100 : 0;
    return m;
}

InstanceOverview services(const QString &pg, const QString &redis)
{
    InstanceOverview o;
    o.rows.append({u"pg_version"_qs, u"Postgres version"_qs, QJsonValue(pg), std::nullopt});
    o.rows.append({QString(), u"Redis version"_qs, QJsonValue(redis), std::nullopt});
    return o;
}

UpgradePlan plan(const QString &current, const QString &target, const QList<AsyncMigration> &migrations,
                 const InstanceOverview &overview = services(u"12.0.13"_qs, u"6.2.7"_qs))
{
    return UpgradePlanner::plan({current, target, migrations, overview, QString()}, AsyncMigrationCatalog::builtIn(),
                                ServiceRequirements::builtIn());
}

QStringList blockerNames(const UpgradePlan &p)
{
    QStringList out;
    for (const UpgradeBlocker &b : p.blockers)
        out << b.name;
    return out;
}

// A live list of the given migrations, each "name=Status".
QList<AsyncMigration> liveList(const QStringList &rows)
{
    QList<AsyncMigration> out;
    for (const QString &row : rows) {
        const QString name = row.section(u'=', 0, 0);
        const QString status = row.section(u'=', 1, 1);
        MigrationStatus st = MigrationStatus::NotStarted;
        for (int i = 0; i <= 6; ++i)
            if (migrationStatusName(MigrationStatus(i)) == status)
                st = MigrationStatus(i);
        const AsyncMigrationDefinition *d = AsyncMigrationCatalog::builtIn().find(name);
        if (!d)
            qFatal("no migration %s in the catalog", qPrintable(name));
        out.append(live(name, st, d->posthogMinVersion, d->posthogMaxVersion));
    }
    return out;
}

const UpgradeBlocker *blocker(const UpgradePlan &p, const QString &name)
{
    for (const UpgradeBlocker &b : p.blockers)
        if (b.name == name)
            return &b;
    return nullptr;
}

} // namespace

class TestUpgradePlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What PostHog's source defines (see the sources in the data file).
    void catalogIsPostHogs()
    {
        const AsyncMigrationCatalog &c = AsyncMigrationCatalog::builtIn();
        QCOMPARE(c.names().size(), 11);
        QCOMPARE(c.names().last(), u"0011_drop_projection"_qs);
        const AsyncMigrationDefinition *d = c.find(u"0008_speed_up_kafka_timestamp_filters"_qs);
        QVERIFY(d);
        QCOMPARE(d->dependsOn, u"0007_persons_and_groups_on_events_backfill"_qs);
        QCOMPARE(d->posthogMinVersion, u"1.42.0"_qs);
        QCOMPARE(d->posthogMaxVersion, u"1.45.99"_qs);
        QCOMPARE(d->services.value(u"clickhouse"_qs), u">=22.3.0"_qs);
        // 0001 is a no-op in the 1.4x releases.
        QCOMPARE(c.find(u"0001_events_sample_by"_qs, Version({1, 43, 0}))->required, MigrationRequirement::Never);
        // 0006 before and after 1.41.
        const AsyncMigrationDefinition *before = c.find(u"0006_persons_and_groups_on_events_backfill"_qs, Version({1, 40, 1}));
        QCOMPARE(before->posthogMinVersion, u"1.39.0"_qs);
        QCOMPARE(before->posthogMaxVersion, u"1.40.99"_qs);
        QVERIFY(before->requiredSelfHosted());
        const AsyncMigrationDefinition *after = c.find(u"0006_persons_and_groups_on_events_backfill"_qs, Version({1, 41, 0}));
        QCOMPARE(after->posthogMaxVersion, u"1.41.99"_qs);
        QCOMPARE(after->required, MigrationRequirement::Never);
        // 0010: Cloud only, in no numbered release, ClickHouse 22.3 or later; 0011 after it.
        const AsyncMigrationDefinition *moveOld = c.find(u"0010_move_old_partitions"_qs);
        QCOMPARE(moveOld->required, MigrationRequirement::CloudOnly);
        QVERIFY(!moveOld->numberedRelease);
        QCOMPARE(moveOld->services.value(u"clickhouse"_qs), u">=22.3.0"_qs);
        QCOMPARE(c.find(u"0011_drop_projection"_qs)->dependsOn, u"0010_move_old_partitions"_qs);
        // PostHog's runbook stops.
        QCOMPARE(c.stopFor(u"0006_persons_and_groups_on_events_backfill"_qs)->posthog, u"1.41.4"_qs);
        QCOMPARE(c.stopFor(u"0006_persons_and_groups_on_events_backfill"_qs)->chart, u"29.0.11"_qs);
        QCOMPARE(c.chartFor(Version({1, 43, 0})), u"30.3.1"_qs);
    }

    void catalogProblems()
    {
        const auto r = AsyncMigrationCatalog::parse("migrations:\n"
                                                    "  - name: a\n    dependsOn: b\n    posthogMinVersion: x\n"
                                                    "    posthogMaxVersion: \"1.0.0\"\n    services:\n      redis: \"~>5\"\n"
                                                    "    required: sometimes\n"
                                                    "stops:\n  - migrations: [c]\n    posthog: \"1.0.0\"\n");
        QVERIFY(!r.ok());
        const QString text = formatIssues(r.issues(), u"m.yaml"_qs);
        QVERIFY2(text.contains(u"m.yaml:3:16: migrations[0].dependsOn"), qPrintable(text));
        QVERIFY2(text.contains(u"migrations[0].posthogMinVersion"), qPrintable(text));
        QVERIFY2(text.contains(u"migrations[0].services.redis"), qPrintable(text));
        QVERIFY2(text.contains(u"migrations[0].required"), qPrintable(text));
        QVERIFY2(text.contains(u"stops[0].migrations"), qPrintable(text));
        QVERIFY2(text.contains(u"stops[0].chart"), qPrintable(text));
    }

    // (running version, target, live migrations) -> (verdict, blockers).
    // The rules of run_async_migrations --check (commit 073372a7a269ee6d0abeef66d2ee5c23bc5395e1).
    void verdicts_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("migrations");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("blockers");
        const QString m7 = u"0007_persons_and_groups_on_events_backfill"_qs;
        const QString m8 = u"0008_speed_up_kafka_timestamp_filters"_qs;
        const QString m9 = u"0009_minmax_indexes_for_materialized_columns"_qs;
        const QStringList done143 {m7 + u"=Completed", m8 + u"=Completed", m9 + u"=NotStarted"};
        auto with9 = [&](const QString &status) { return QStringList {m7 + u"=Completed", m8 + u"=Completed", m9 + u'=' + status}; };
        QTest::newRow("1.43 to 1.44, nothing due") << u"1.43.0"_qs << u"release-1.44.0"_qs << done143 << u"go"_qs << QStringList();
        QTest::newRow("not started, past its maximum")
            << u"1.43.0"_qs << u"1.46.0"_qs << QStringList {m7 + u"=Completed", m8 + u"=NotStarted"} << u"blocked"_qs
            << QStringList {m8};
        QTest::newRow("not started, inside its range")
            << u"1.43.0"_qs << u"1.45.0"_qs << QStringList {m7 + u"=Completed", m8 + u"=NotStarted"} << u"go"_qs << QStringList();
        QTest::newRow("running blocks every upgrade") << u"1.43.0"_qs << u"1.43.1"_qs << with9(u"Running"_qs) << u"blocked"_qs
                                                      << QStringList {m9};
        QTest::newRow("starting blocks every upgrade") << u"1.43.0"_qs << u"1.43.1"_qs << with9(u"Starting"_qs)
                                                       << u"blocked"_qs << QStringList {m9};
        QTest::newRow("errored blocks every upgrade") << u"1.43.0"_qs << u"1.43.1"_qs << with9(u"Errored"_qs) << u"blocked"_qs
                                                      << QStringList {m9};
        // --check stops on neither inside the range.
        QTest::newRow("rolled back, inside its range") << u"1.43.0"_qs << u"1.43.1"_qs << with9(u"RolledBack"_qs) << u"go"_qs
                                                       << QStringList();
        QTest::newRow("failed at startup, inside its range")
            << u"1.43.0"_qs << u"1.43.1"_qs << with9(u"FailedAtStartup"_qs) << u"go"_qs << QStringList();
        QTest::newRow("rolled back, past its maximum")
            << u"1.43.0"_qs << u"1.50.0"_qs << with9(u"RolledBack"_qs) << u"blocked"_qs << QStringList {m9};
        QTest::newRow("downgrade") << u"1.43.0"_qs << u"1.40.0"_qs << done143 << u"blocked"_qs << QStringList {u"1.40.0"_qs};
        QTest::newRow("same version") << u"1.43.0"_qs << u"1.43.0"_qs << done143 << u"go"_qs << QStringList();
        QTest::newRow("version not known") << QString() << u"1.44.0"_qs << done143 << u"unknown"_qs << QStringList();
        // 0006 is a no-op from 1.41: the migrate job completes it, nothing blocks.
        QTest::newRow("no-op past its maximum")
            << u"1.41.4"_qs << u"1.42.0"_qs
            << QStringList {u"0005_person_replacing_by_version=Completed"_qs,
                            u"0006_persons_and_groups_on_events_backfill=NotStarted"_qs, m7 + u"=Completed"}
            << u"go"_qs << QStringList();
        QTest::newRow("0001 is a no-op in 1.4x")
            << u"1.43.0"_qs << u"1.43.1"_qs << QStringList {u"0001_events_sample_by=NotStarted"_qs} << u"go"_qs << QStringList();
        // 0010 only matters on Cloud.
        QTest::newRow("cloud-only migration")
            << u"1.43.0"_qs << u"1.50.0"_qs << QStringList {m9 + u"=Completed", u"0010_move_old_partitions=NotStarted"_qs}
            << u"go"_qs << QStringList();
    }

    void verdicts()
    {
        QFETCH(QString, current);
        QFETCH(QString, target);
        QFETCH(QStringList, migrations);
        QFETCH(QString, verdict);
        QFETCH(QStringList, blockers);
        const UpgradePlan p = plan(current, target, liveList(migrations));
        QCOMPARE(upgradeVerdictName(p.verdict()), verdict);
        QCOMPARE(blockerNames(p), blockers);
        QCOMPARE(p.toJson().value(u"verdict").toString(), verdict);
        if (verdict != u"unknown")
            QCOMPARE(p.toJson().value(u"current").toString(), Version::parse(current)->toString(3));
        else
            QVERIFY(p.toJson().value(u"current").isNull());
    }

    void messagesSayWhy()
    {
        const QString m9 = u"0009_minmax_indexes_for_materialized_columns"_qs;
        QList<AsyncMigration> list = liveList({m9 + u"=Running"});
        list[0].progress = 42;
        UpgradePlan p = plan(u"1.43.0"_qs, u"1.43.1"_qs, list);
        QVERIFY2(p.blockers.first().message.contains(u"Running (42%)")
                     && p.blockers.first().message.contains(u"run_async_migrations --check"),
                 qPrintable(p.toText()));
        list[0].status = MigrationStatus::Errored;
        list[0].lastError = u"Code: 241. DB::Exception: Memory limit (total) exceeded"_qs;
        p = plan(u"1.43.0"_qs, u"1.43.1"_qs, list);
        QVERIFY2(p.blockers.first().message.contains(u"Memory limit") && p.blockers.first().message.contains(u"resume"),
                 qPrintable(p.toText()));
        list[0].status = MigrationStatus::RolledBack;
        p = plan(u"1.43.0"_qs, u"1.43.1"_qs, list);
        QVERIFY2(p.notes.join(u'\n').contains(u"RolledBack: it does not block this upgrade"), qPrintable(p.toText()));

        p = plan(u"1.43.0"_qs, u"1.40.0"_qs, liveList({}));
        QCOMPARE(p.blockers.first().kind, UpgradeBlocker::Kind::Downgrade);
        QVERIFY2(p.blockers.first().message.contains(u"downgrade")
                     && p.blockers.first().message.contains(u"does not run async migrations backwards"),
                 qPrintable(p.toText()));
        QCOMPARE(p.toJson().value(u"blockers").toArray().first().toObject().value(u"kind").toString(), u"downgrade"_qs);

        p = plan(QString(), u"1.44.0"_qs, liveList({}));
        QVERIFY2(p.toText().contains(u"no verdict") && p.notes.join(u' ').contains(u"does not report its PostHog version"),
                 qPrintable(p.toText()));

        p = plan(u"1.41.4"_qs, u"1.42.0"_qs, liveList({u"0006_persons_and_groups_on_events_backfill=NotStarted"_qs}));
        QVERIFY2(p.notes.join(u'\n').contains(u"--complete-noop-migrations"), qPrintable(p.toText()));
    }

    // Stop-overs name PostHog's runbook release and its chart, as a command.
    void stopOverSteps_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("migrations");
        QTest::addColumn<QStringList>("steps");
        const QString upgrade141 = u"upgrade to 1.41.4 with chart 29.0.11 and stop there: helm upgrade posthog "
                                   u"posthog/posthog --namespace <namespace> --version 29.0.11 -f helm/values.yaml --set "
                                   u"image.tag=release-1.41.4 --wait --timeout 30m"_qs;
        const QString final143 = u"upgrade to 1.43.0 with chart 30.3.1: helm upgrade posthog posthog/posthog --namespace "
                                 u"<namespace> --version 30.3.1 -f helm/values.yaml --set image.tag=release-1.43.0 --wait "
                                 u"--timeout 30m"_qs;
        // A 1.39 instance lists only what its code ships; 0007 comes from the catalog.
        QTest::newRow("1.39 to 1.43")
            << u"1.39.0"_qs << u"1.43.0"_qs
            << QStringList {u"0005_person_replacing_by_version=Completed"_qs,
                            u"0006_persons_and_groups_on_events_backfill=Completed"_qs}
            << QStringList {upgrade141,
                            u"at 1.41.4: run 0007_persons_and_groups_on_events_backfill, in this order, until each is Completed"_qs,
                            final143};
        // A 1.37 instance: 0005 and 0007 at 1.41.4, where 0006 is a no-op.
        QTest::newRow("1.37 to 1.43")
            << u"1.37.0"_qs << u"1.43.0"_qs << QStringList {u"0004_replicated_schema=Completed"_qs}
            << QStringList {upgrade141,
                            u"at 1.41.4: run 0005_person_replacing_by_version, 0007_persons_and_groups_on_events_backfill, "
                            u"in this order, until each is Completed"_qs,
                            final143};
        // The live list wins: a 1.40 instance that completed 0007 goes straight on.
        QTest::newRow("1.40 with 0007 completed")
            << u"1.40.0"_qs << u"1.43.0"_qs
            << QStringList {u"0005_person_replacing_by_version=Completed"_qs,
                            u"0006_persons_and_groups_on_events_backfill=Completed"_qs,
                            u"0007_persons_and_groups_on_events_backfill=Completed"_qs}
            << QStringList {final143};
        // A target with no known chart.
        QTest::newRow("1.43 to 1.44") << u"1.43.0"_qs << u"1.44.0"_qs
                                      << QStringList {u"0009_minmax_indexes_for_materialized_columns=Completed"_qs}
                                      << QStringList {u"upgrade to 1.44.0"_qs};
    }

    void stopOverSteps()
    {
        QFETCH(QString, current);
        QFETCH(QString, target);
        QFETCH(QStringList, migrations);
        QFETCH(QStringList, steps);
        InstanceOverview o = services(u"12.0.13"_qs, u"6.2.7"_qs);
        StatusRow helm {u"helm"_qs, u"Helm Info"_qs, QJsonValue(QString()), StatusSubrows {{u"key"_qs, u"value"_qs},
                                                                                         {{u"chart_version"_qs, u"30.46.0"_qs},
                                                                                          {u"release_name"_qs, u"posthog"_qs}}}};
        o.rows.append(helm);
        const UpgradePlan p = plan(current, target, liveList(migrations), o);
        QCOMPARE(p.steps, steps);
    }

    void releaseAndNamespaceInCommands()
    {
        InstanceOverview o = services(u"12.0.13"_qs, u"6.2.7"_qs);
        o.rows.append({u"helm"_qs, u"Helm Info"_qs, QJsonValue(QString()),
                       StatusSubrows {{u"key"_qs, u"value"_qs}, {{u"release_name"_qs, u"ph"_qs}}}});
        const UpgradePlan p = UpgradePlanner::plan({u"1.40.0"_qs, u"1.43.0"_qs, liveList({}), o, u"analytics"_qs},
                                                   AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn());
        QVERIFY2(p.steps.last().contains(u"helm upgrade ph posthog/posthog --namespace analytics --version 30.3.1"),
                 qPrintable(p.toText()));
    }

    // PostgreSQL 14.5 reads "14.0.5"; PostHog 1.43 accepts up to 14.1.
    void serviceGates()
    {
        const QList<AsyncMigration> list = liveList({u"0008_speed_up_kafka_timestamp_filters=Completed"_qs});
        const UpgradePlan p = plan(u"1.42.0"_qs, u"1.43.0"_qs, list, services(u"14.0.5"_qs, u"6.2.7"_qs));
        QVERIFY(!p.go());
        QCOMPARE(p.blockers.size(), 1);
        QCOMPARE(p.blockers.first().kind, UpgradeBlocker::Kind::ServiceVersion);
        QCOMPARE(p.blockers.first().name, u"postgresql"_qs);
        QVERIFY2(p.blockers.first().message.contains(u"14.5"), qPrintable(p.blockers.first().message));
        // ClickHouse cannot be judged: a note, not a blocker.
        QVERIFY2(p.notes.join(u'\n').contains(u"ClickHouse"), qPrintable(p.toText()));
        QVERIFY(plan(u"1.42.0"_qs, u"1.43.0"_qs, list, services(u"14.0.1"_qs, u"6.2.7"_qs)).go());
        const UpgradePlan redis = plan(u"1.42.0"_qs, u"1.43.0"_qs, list, services(u"12.0.13"_qs, u"7.0.5"_qs));
        QVERIFY(blocker(redis, u"redis"_qs));
        // Not reported at all: a note.
        const UpgradePlan none = plan(u"1.42.0"_qs, u"1.43.0"_qs, list, InstanceOverview());
        QVERIFY(none.go());
        QVERIFY(none.notes.join(u'\n').contains(u"postgresql"));
        qInfo().noquote() << p.toText();
    }
};

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
