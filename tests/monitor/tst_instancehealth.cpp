#include "monitor/instancehealth.h"
#include "monitor/instancemonitor.h"

#include <QTest>

using namespace phc;

Q_DECLARE_METATYPE(phc::InstanceHealth)
Q_DECLARE_METATYPE(phc::AdminVerdict)

namespace {

// A round whose probes all answered with `probes` (Unknown: no round yet).
InstanceStatus round(ProbeStatus probes, bool criticalMetric = false)
{
    InstanceStatus s;
    ProbeState p;
    p.path = QStringLiteral("/_health");
    if (probes != ProbeStatus::Unknown) {
        p.checks = 1;
        p.last.status = probes;
    }
    s.probes = {p};
    s.probeHealth = HealthProber::overall(s.probes);
    if (criticalMetric)
        s.crossings.append({KeyMetric::QueueSize, MetricThreshold::Level::Critical, 9e6, 1e6});
    return s;
}

} // namespace

class TestInstanceHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void combines_data()
    {
        QTest::addColumn<int>("probes"); // ProbeStatus
        QTest::addColumn<bool>("critical");
        QTest::addColumn<bool>("checksRead");
        QTest::addColumn<AdminVerdict>("verdict");
        QTest::addColumn<InstanceHealth>("expected");
        const int up = int(ProbeStatus::Up), down = int(ProbeStatus::Down), none = int(ProbeStatus::Unknown);
        const int degraded = int(ProbeStatus::Degraded);
        QTest::newRow("probes up, no key") << up << false << false << AdminVerdict::NoVerdict << InstanceHealth::Healthy;
        QTest::newRow("probes up, checks healthy") << up << false << true << AdminVerdict::Healthy << InstanceHealth::Healthy;
        QTest::newRow("probes up, a check fails") << up << false << true << AdminVerdict::Degraded << InstanceHealth::Degraded;
        QTest::newRow("probes up, no check evaluated") << up << false << true << AdminVerdict::NoVerdict
                                                        << InstanceHealth::Unknown;
        QTest::newRow("probes up, API unreachable") << up << false << true << AdminVerdict::Down << InstanceHealth::Down;
        QTest::newRow("probes down, checks healthy") << down << false << true << AdminVerdict::Healthy << InstanceHealth::Down;
        QTest::newRow("probe degraded, no check evaluated") << degraded << false << true << AdminVerdict::NoVerdict
                                                            << InstanceHealth::Degraded;
        QTest::newRow("critical metric, checks healthy") << up << true << true << AdminVerdict::Healthy
                                                         << InstanceHealth::Degraded;
        QTest::newRow("no round yet, checks healthy") << none << false << true << AdminVerdict::Healthy
                                                      << InstanceHealth::Unknown;
        QTest::newRow("no round yet, a check fails") << none << false << true << AdminVerdict::Degraded
                                                     << InstanceHealth::Degraded;
    }

    void combines()
    {
        QFETCH(int, probes);
        QFETCH(bool, critical);
        QFETCH(bool, checksRead);
        QFETCH(AdminVerdict, verdict);
        QFETCH(InstanceHealth, expected);
        AdminStatus checks;
        checks.verdict = verdict;
        QCOMPARE(instanceHealth(round(ProbeStatus(probes), critical), checksRead ? &checks : nullptr), expected);
    }

    void nothingWatchedIsUnknown()
    {
        QCOMPARE(instanceHealth(InstanceStatus(), nullptr), InstanceHealth::Unknown);
        // Only the checks watched (no probes, no metrics source): their verdict.
        AdminStatus checks;
        checks.verdict = AdminVerdict::Healthy;
        QCOMPARE(instanceHealth(InstanceStatus(), &checks), InstanceHealth::Healthy);
        checks.verdict = AdminVerdict::NoVerdict;
        QCOMPARE(instanceHealth(InstanceStatus(), &checks), InstanceHealth::Unknown);
    }
};

QTEST_APPLESS_MAIN(TestInstanceHealth)
#include "tst_instancehealth.moc"
