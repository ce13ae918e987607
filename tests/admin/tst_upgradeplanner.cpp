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

// What a 1.43 instance lists: its code ships 0001-0009.
QList<AsyncMigration> upTo143()
{
    return {live(u"0007_persons_and_groups_on_events_backfill"_qs, MigrationStatus::Completed, u"1.40.0"_qs, u"1.41.99"_qs),
            live(u"0008_speed_up_kafka_timestamp_filters"_qs, MigrationStatus::Completed, u"1.42.0"_qs, u"1.45.99"_qs),
            live(u"0009_minmax_indexes_for_materialized_columns"_qs, MigrationStatus::NotStarted, u"1.43.0"_qs,
                 u"1.49.99"_qs)};
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
    return UpgradePlanner::plan({current, target, migrations, overview}, AsyncMigrationCatalog::builtIn(),
                                ServiceRequirements::builtIn());
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
    void catalogIsPostHogs()
    {
        const AsyncMigrationCatalog &c = AsyncMigrationCatalog::builtIn();
        QCOMPARE(c.migrations().size(), 10);
        const AsyncMigrationDefinition *d = c.find(u"0008_speed_up_kafka_timestamp_filters"_qs);
        QVERIFY(d);
        QCOMPARE(d->dependsOn, u"0007_persons_and_groups_on_events_backfill"_qs);
        QCOMPARE(d->posthogMinVersion, u"1.42.0"_qs);
        QCOMPARE(d->posthogMaxVersion, u"1.45.99"_qs);
        QCOMPARE(d->services.value(u"clickhouse"_qs), u">=22.3.0"_qs);
    }

    void catalogProblems()
    {
        const auto r = AsyncMigrationCatalog::parse("migrations:\n"
                                                    "  - name: a\n    dependsOn: b\n    posthogMinVersion: x\n"
                                                    "    posthogMaxVersion: \"1.0.0\"\n    services:\n      redis: \"~>5\"\n");
        QVERIFY(!r.ok());
        const QString text = formatIssues(r.issues(), u"m.yaml"_qs);
        QVERIFY2(text.contains(u"m.yaml:3:16: migrations[0].dependsOn"), qPrintable(text));
        QVERIFY2(text.contains(u"migrations[0].posthogMinVersion"), qPrintable(text));
        QVERIFY2(text.contains(u"migrations[0].services.redis"), qPrintable(text));
    }

    void goWithUnknownGates()
    {
        const UpgradePlan p = plan(u"1.43.0"_qs, u"release-1.44.0"_qs, upTo143());
        QVERIFY2(p.go(), qPrintable(p.toText()));
        QCOMPARE(p.target, u"1.44.0"_qs);
        QCOMPARE(p.steps, QStringList {u"upgrade to 1.44.0"_qs});
        QVERIFY2(p.notes.join(u'\n').contains(u"service requirements of PostHog 1.44.0 are not known"),
                 qPrintable(p.toText()));
        QCOMPARE(p.toJson().value(u"verdict").toString(), u"go"_qs);
    }

    void blockerByMaxVersion()
    {
        QList<AsyncMigration> list = upTo143();
        list[1].status = MigrationStatus::NotStarted;
        const UpgradePlan p = plan(u"1.43.0"_qs, u"1.46.0"_qs, list);
        QVERIFY(!p.go());
        const UpgradeBlocker *b = blocker(p, u"0008_speed_up_kafka_timestamp_filters"_qs);
        QVERIFY2(b, qPrintable(p.toText()));
        QCOMPARE(b->kind, UpgradeBlocker::Kind::AsyncMigration);
        QVERIFY2(b->message.contains(u"NotStarted") && b->message.contains(u"1.45.99"), qPrintable(b->message));
        QVERIFY(p.steps.first().contains(u"0008_speed_up_kafka_timestamp_filters"));
        QCOMPARE(p.steps.last(), u"upgrade to 1.46.0"_qs);
        // The same migration does not block a target inside its range.
        QVERIFY(plan(u"1.43.0"_qs, u"1.45.0"_qs, list).go());
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(u"verdict").toString(), u"blocked"_qs);
        QCOMPARE(json.value(u"blockers").toArray().first().toObject().value(u"kind").toString(), u"asyncMigration"_qs);
    }

    void erroredMigrationAlwaysBlocks()
    {
        QList<AsyncMigration> list = upTo143();
        list[2].status = MigrationStatus::Errored;
        list[2].lastError = u"Code: 241. DB::Exception: Memory limit (total) exceeded"_qs;
        const UpgradePlan p = plan(u"1.43.0"_qs, u"1.43.1"_qs, list);
        QVERIFY(!p.go());
        const UpgradeBlocker *b = blocker(p, u"0009_minmax_indexes_for_materialized_columns"_qs);
        QVERIFY(b);
        QVERIFY2(b->message.contains(u"Errored") && b->message.contains(u"Memory limit") && b->message.contains(u"resume"),
                 qPrintable(b->message));
        for (MigrationStatus s : {MigrationStatus::RolledBack, MigrationStatus::FailedAtStartup}) {
            list[2].status = s;
            QVERIFY(!plan(u"1.43.0"_qs, u"1.43.1"_qs, list).go());
        }
    }

    // PostgreSQL 14.5 reads "14.0.5"; PostHog 1.43 accepts up to 14.1.
    void serviceGates()
    {
        const UpgradePlan p = plan(u"1.42.0"_qs, u"1.43.0"_qs, upTo143(), services(u"14.0.5"_qs, u"6.2.7"_qs));
        QVERIFY(!p.go());
        QCOMPARE(p.blockers.size(), 1);
        QCOMPARE(p.blockers.first().kind, UpgradeBlocker::Kind::ServiceVersion);
        QCOMPARE(p.blockers.first().name, u"postgresql"_qs);
        QVERIFY2(p.blockers.first().message.contains(u"14.5"), qPrintable(p.blockers.first().message));
        // ClickHouse cannot be judged: a note, not a blocker.
        QVERIFY2(p.notes.join(u'\n').contains(u"ClickHouse"), qPrintable(p.toText()));
        QVERIFY(plan(u"1.42.0"_qs, u"1.43.0"_qs, upTo143(), services(u"14.0.1"_qs, u"6.2.7"_qs)).go());
        const UpgradePlan redis = plan(u"1.42.0"_qs, u"1.43.0"_qs, upTo143(), services(u"12.0.13"_qs, u"7.0.5"_qs));
        QVERIFY(blocker(redis, u"redis"_qs));
        // Not reported at all: a note.
        const UpgradePlan none = plan(u"1.42.0"_qs, u"1.43.0"_qs, upTo143(), InstanceOverview());
        QVERIFY(none.go());
        QVERIFY(none.notes.join(u'\n').contains(u"postgresql"));
    }

    void stopOverFromTheCatalog()
    {
        // A 1.39 instance lists only what its code ships; 0007 and later come from the catalog.
        const QList<AsyncMigration> at139 {
            live(u"0005_person_replacing_by_version"_qs, MigrationStatus::Completed, u"1.38.0"_qs, u"1.41.99"_qs),
            live(u"0006_persons_and_groups_on_events_backfill"_qs, MigrationStatus::Completed, u"1.39.0"_qs, u"1.40.99"_qs)};
        const UpgradePlan p = plan(u"1.39.0"_qs, u"1.43.0"_qs, at139);
        QVERIFY(!p.go());
        QVERIFY2(blocker(p, u"0007_persons_and_groups_on_events_backfill"_qs), qPrintable(p.toText()));
        QVERIFY(!blocker(p, u"0008_speed_up_kafka_timestamp_filters"_qs)); // may run at 1.43 itself
        QCOMPARE(p.steps, (QStringList {u"upgrade to 1.40.0 and stop there"_qs,
                                        u"at 1.40.0: run 0007_persons_and_groups_on_events_backfill, in this order, until each is Completed"_qs,
                                        u"upgrade to 1.43.0"_qs}));
        // The live list wins: a 1.40 instance that completed 0007 goes straight on.
        QList<AsyncMigration> at140 = at139;
        at140.append(live(u"0007_persons_and_groups_on_events_backfill"_qs, MigrationStatus::Completed, u"1.40.0"_qs,
                          u"1.41.99"_qs));
        QVERIFY(plan(u"1.40.0"_qs, u"1.43.0"_qs, at140).go());
        qInfo().noquote() << p.toText();
    }
};

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
