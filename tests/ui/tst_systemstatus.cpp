#include "adminstandinserver.h"
#include "nettestsupport.h"

#include "dashboard/sparkline.h"
#include "dashboard/systemstatuspanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace phc;
using namespace phctest;

namespace {

QTreeWidgetItem *row(QTreeWidget *tree, const QString &first)
{
    const auto found = tree->findItems(first, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

bool refreshOnce(SystemStatusPanel &panel)
{
    QSignalSpy spy(&panel, &SystemStatusPanel::refreshed);
    panel.refresh();
    return spy.wait(20000);
}

} // namespace

class TestSystemStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutKeySaysWhatItNeeds()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        SystemStatusPanel panel(&fetcher);
        panel.setConnection(standIn.url(), false);
        panel.refresh();
        QTest::qWait(200);
        QVERIFY2(panel.stateLabel()->text().contains(u"personal API key"), qPrintable(panel.stateLabel()->text()));
        QVERIFY(panel.stateLabel()->text().contains(u"staff"));
        QCOMPARE(panel.checks()->topLevelItemCount(), 0);
        QCOMPARE(standIn.server().requests().size(), 0);
    }

    void checksOverviewAndMigrations()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy failed(&panel, &SystemStatusPanel::checkFailed);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.show();

        QCOMPARE(panel.checks()->topLevelItemCount(), 12);
        QTreeWidgetItem *plugin = row(panel.checks(), u"pluginServerAlive"_qs);
        QVERIFY(plugin);
        QCOMPARE(plugin->text(1), u"pass"_qs);
        // Grouped as PostHog's page groups them, subrows under their row.
        for (const QString &group : {u"Versions and services"_qs, u"Helm info"_qs, u"ClickHouse"_qs, u"Redis"_qs,
                                     u"Dead letter queue"_qs, u"Object storage"_qs})
            QVERIFY2(row(panel.overview(), group), qPrintable(group));
        QTreeWidgetItem *sizes = row(panel.overview(), u"Clickhouse table sizes"_qs);
        QVERIFY(sizes);
        QVERIFY(sizes->childCount() >= 2);
        QCOMPARE(panel.queries()->topLevelItemCount(), 1);
        QCOMPARE(panel.migrations()->topLevelItemCount(), 3);
        auto *bar = qobject_cast<QProgressBar *>(panel.migrations()->itemWidget(panel.migrations()->topLevelItem(0), 2));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 100);
        QCOMPARE(failed.count(), 0);

        // A check turning fail notifies once, not every round.
        standIn.state().pluginServerAlive = false;
        QVERIFY(refreshOnce(panel));
        QCOMPARE(row(panel.checks(), u"pluginServerAlive"_qs)->text(1), u"fail"_qs);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toString().contains(u"no events are ingested"));
        QVERIFY(refreshOnce(panel));
        QCOMPARE(failed.count(), 1);
        // The numeric checks keep a history, one point a round.
        auto *spark = qobject_cast<Sparkline *>(panel.checks()->itemWidget(row(panel.checks(), u"clickhouseDiskFree"_qs), 3));
        QVERIFY(spark);
        QCOMPARE(spark->values().size(), panel.rounds());
        QCOMPARE(spark->values().constLast(), 0.6);
    }

    void actionsBehindConfirmation()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        QString asked;
        bool dangerous = false;
        bool answer = false;
        panel.setConfirm([&](const QString &title, const QString &text, bool danger) {
            asked = title + u'\n' + text;
            dangerous = danger;
            return answer;
        });
        panel.migrations()->setCurrentItem(row(panel.migrations(), u"0009_minmax_indexes_for_materialized_columns"_qs));

        panel.act(MigrationAction::ForceStop);
        QVERIFY2(asked.contains(u"0009_minmax_indexes_for_materialized_columns") && asked.contains(u"Force stop")
                     && asked.contains(u"DANGER"),
                 qPrintable(asked));
        QVERIFY(dangerous);
        QTest::qWait(200);
        QCOMPARE(standIn.requests("POST").size(), 0); // cancelled: nothing sent

        answer = true;
        panel.act(MigrationAction::Trigger);
        QVERIFY(!dangerous);
        QVERIFY(asked.contains(u"may take hours"));
        QTRY_COMPARE_WITH_TIMEOUT(standIn.requests("POST").size(), 1, 20000);
        QCOMPARE(standIn.requests("POST").first().target, QByteArray("/api/async_migrations/3/trigger/"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.stateLabel()->text().contains(u"accepted"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(row(panel.migrations(), u"0009_minmax_indexes_for_materialized_columns"_qs)->text(1),
                                  u"Starting"_qs, 20000);
        panel.act(MigrationAction::Rollback);
        QVERIFY(dangerous && asked.contains(u"WARNING"));
    }

    void upgradeCheck()
    {
        AdminStandInServer standIn;
        standIn.state().migrations[2].status = MigrationStatus::Errored;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.upgradeTarget()->setText(u"release-1.44.0"_qs);
        panel.checkUpgrade();
        QVERIFY2(panel.upgradeResult()->toPlainText().contains(u"blocked"), qPrintable(panel.upgradeResult()->toPlainText()));
        QVERIFY(panel.upgradeResult()->toPlainText().contains(u"0009_minmax_indexes_for_materialized_columns"));
        panel.upgradeTarget()->setText(u"soon"_qs);
        panel.checkUpgrade();
        QVERIFY(panel.upgradeResult()->toPlainText().contains(u"not a PostHog version"));
    }
};

QTEST_MAIN(TestSystemStatus)
#include "tst_systemstatus.moc"
