#include "admin/admincheckhistory.h"
#include "admin/adminstandin.h"
#include "adminsnapshots.h"

#include <QTest>

#include <cmath>

using namespace phc;

namespace {

const QDateTime now = QDateTime(QDate(2022, 11, 3), QTime(10, 15, 0), Qt::UTC);

AdminStatus statusOf(const AdminStandInState &state)
{
    return AdminChecks::evaluate(phctest::snapshotOf(state), AdminThresholds::builtIn(), now, {});
}

AdminStandInState healthy()
{
    AdminStandInState s;
    s.lastEventIngested = now.addSecs(-30);
    return s;
}

} // namespace

class TestAdminCheckHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePointPerNumericCheckEachRound()
    {
        AdminCheckHistory history(16);
        QCOMPARE(history.ids(), AdminChecks::numericIds());
        QVERIFY(!history.history(u"postgresAlive"));
        AdminStandInState state = healthy();
        history.push(statusOf(state), 1000);
        state.disks = {{50.0 * (1LL << 30), 200.0 * (1LL << 30)}};
        state.lastEventIngested = now.addSecs(-700);
        state.redisMaxmemory = u"0BB"_qs;
        history.push(statusOf(state), 6000);

        const RingBuffer<TimePoint> *disk = history.history(u"clickhouseDiskFree");
        QVERIFY(disk);
        QCOMPARE(disk->size(), 2);
        QCOMPARE(disk->first(), (TimePoint {1000, 0.6}));
        QCOMPARE(disk->last(), (TimePoint {6000, 0.25}));
        const RingBuffer<TimePoint> *lag = history.history(u"ingestionLagSeconds");
        QCOMPARE(lag->first().value, 30.0);
        QCOMPARE(lag->last().value, 700.0);
        const RingBuffer<TimePoint> *redis = history.history(u"redisMaxmemory");
        QCOMPARE(redis->first().value, 400.0 * 1024 * 1024);
        QCOMPARE(redis->last().value, 0.0); // a measured zero: no limit
    }

    void unknownRoundsAreGapsNotZeros()
    {
        AdminCheckHistory history(16);
        history.push(statusOf(healthy()), 1000);
        // The status could not be read at all: every check is a gap.
        AdminStatus unreachable;
        unreachable.verdict = AdminVerdict::Down;
        unreachable.error = u"connection refused"_qs;
        history.push(unreachable, 2000);
        // One row missing: only that check is a gap.
        AdminStandInState noDisk = healthy();
        noDisk.disks.clear();
        history.push(statusOf(noDisk), 3000);

        for (const QString &id : history.ids()) {
            const RingBuffer<TimePoint> &h = *history.history(id);
            QCOMPARE(h.size(), 3);
            QVERIFY2(std::isnan(h[1].value), qPrintable(id));
            QCOMPARE(h[1].timeMs, 2000);
        }
        QVERIFY(std::isnan(history.history(u"clickhouseDiskFree")->last().value));
        QCOMPARE(history.history(u"ingestionLagSeconds")->last().value, 30.0);
    }

    void boundedLikeTheKeyMetrics()
    {
        QCOMPARE(AdminCheckHistory().capacity(), dayAt5sPoints);
        AdminCheckHistory history(8);
        const qsizetype bytes = history.storageBytes();
        QCOMPARE(bytes, qsizetype(AdminChecks::numericIds().size()) * 8 * qsizetype(sizeof(TimePoint)));
        const AdminStatus status = statusOf(healthy());
        for (int round = 0; round < 100; ++round)
            history.push(status, round * 1000);
        QCOMPARE(history.storageBytes(), bytes);
        const RingBuffer<TimePoint> &disk = *history.history(u"clickhouseDiskFree");
        QCOMPARE(disk.size(), 8);
        QCOMPARE(disk.first().timeMs, 92000); // the oldest were overwritten
        QCOMPARE(disk.last().timeMs, 99000);
        history.clear();
        QCOMPARE(disk.size(), 0);
    }

    void limitsFollowTheThresholds()
    {
        AdminThresholds t;
        t.diskFreeWarn = 0.3;
        t.diskFreeFail = 0.15;
        t.lagWarnSeconds = 60;
        t.lagFailSeconds = 120;
        const AdminCheckLimits disk = AdminCheckHistory::limits(u"clickhouseDiskFree", t);
        QCOMPARE(disk.warn, 0.3);
        QCOMPARE(disk.fail, 0.15);
        QVERIFY(disk.below);
        const AdminCheckLimits lag = AdminCheckHistory::limits(u"ingestionLagSeconds", t);
        QCOMPARE(lag.warn, 60.0);
        QCOMPARE(lag.fail, 120.0);
        QVERIFY(!lag.below);
        const AdminCheckLimits redis = AdminCheckHistory::limits(u"redisMaxmemory", t);
        QVERIFY(!redis.warn && !redis.fail);
    }
};

QTEST_GUILESS_MAIN(TestAdminCheckHistory)
#include "tst_admincheckhistory.moc"
