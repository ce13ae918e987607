#include "adminstandinserver.h"
#include "nettestsupport.h"

#include "dashboard/sparkline.h"
#include "dashboard/systemstatuspanel.h"

#include "dashboard/metricchartview.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
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

const QString minmax = QStringLiteral("0009_minmax_indexes_for_materialized_columns");

const QList<MigrationAction> buttonActions {MigrationAction::Trigger, MigrationAction::Resume, MigrationAction::Rollback,
                                            MigrationAction::ForceStop};

// Where each of the panel's own widgets is, in the panel's coordinates.
QHash<QString, QRect> geometries(SystemStatusPanel &panel)
{
    QHash<QString, QRect> out;
    auto add = [&](const QString &name, QWidget *w) { out.insert(name, QRect(w->mapTo(&panel, QPoint()), w->size())); };
    add(u"state"_qs, panel.stateLabel());
    add(u"result"_qs, panel.actionResultLabel());
    add(u"checks"_qs, panel.checks());
    add(u"overview"_qs, panel.overview());
    add(u"queries"_qs, panel.queries());
    add(u"migrations"_qs, panel.migrations());
    add(u"target"_qs, panel.upgradeTarget());
    add(u"upgrade"_qs, panel.upgradeResult());
    add(u"note"_qs, panel.cacheNoteLabel());
    for (const MigrationAction a : buttonActions)
        add(migrationActionPath(a), panel.actionButton(a));
    for (const QString &id : AdminChecks::numericIds())
        add(id, panel.chart(id));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(phc::MigrationStatus)

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
        panel.setConfirm([&](const SystemStatusPanel::Confirmation &c) {
            asked = c.title + u'\n' + c.text;
            dangerous = c.dangerous;
            return answer;
        });
        panel.migrations()->setCurrentItem(row(panel.migrations(), u"0009_minmax_indexes_for_materialized_columns"_qs));

        // Not running: PostHog would refuse a force stop, nothing is asked or sent.
        panel.act(MigrationAction::ForceStop);
        QVERIFY(asked.isEmpty());
        QVERIFY2(panel.actionResultLabel()->text().contains(u"NotStarted"), qPrintable(panel.actionResultLabel()->text()));
        standIn.state().migrations[2].status = MigrationStatus::Running;
        QVERIFY(refreshOnce(panel));
        panel.act(MigrationAction::ForceStop);
        QVERIFY2(asked.contains(u"0009_minmax_indexes_for_materialized_columns") && asked.contains(u"Force stop")
                     && asked.contains(u"DANGER"),
                 qPrintable(asked));
        QVERIFY(dangerous);
        QTest::qWait(200);
        QCOMPARE(standIn.requests("POST").size(), 0); // cancelled: nothing sent
        standIn.state().migrations[2].status = MigrationStatus::NotStarted;
        QVERIFY(refreshOnce(panel));

        answer = true;
        panel.act(MigrationAction::Trigger);
        QVERIFY(!dangerous);
        QVERIFY(asked.contains(u"may take hours"));
        QTRY_COMPARE_WITH_TIMEOUT(standIn.requests("POST").size(), 1, 20000);
        QCOMPARE(standIn.requests("POST").first().target, QByteArray("/api/async_migrations/3/trigger/"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.actionResultLabel()->text().contains(u"accepted"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(row(panel.migrations(), u"0009_minmax_indexes_for_materialized_columns"_qs)->text(1),
                                  u"Starting"_qs, 20000);
        standIn.state().migrations[2].status = MigrationStatus::Errored;
        QVERIFY(refreshOnce(panel));
        panel.act(MigrationAction::Rollback);
        QVERIFY(dangerous && asked.contains(u"WARNING"));
    }

    // PostHog's preconditions (posthog/api/async_migration.py; trigger as its
    // page offers Run or Restart): exactly those buttons, no others.
    void buttonsFollowTheMigrationState_data()
    {
        QTest::addColumn<MigrationStatus>("status");
        QTest::addColumn<QStringList>("enabled"); // action paths
        QTest::newRow("NotStarted") << MigrationStatus::NotStarted << QStringList {u"trigger"_qs};
        QTest::newRow("Running") << MigrationStatus::Running << QStringList {u"force_stop"_qs};
        QTest::newRow("Completed") << MigrationStatus::Completed << QStringList {};
        QTest::newRow("Errored") << MigrationStatus::Errored << QStringList {u"resume"_qs, u"rollback"_qs};
        QTest::newRow("RolledBack") << MigrationStatus::RolledBack << QStringList {u"trigger"_qs};
        QTest::newRow("Starting") << MigrationStatus::Starting << QStringList {};
        QTest::newRow("FailedAtStartup") << MigrationStatus::FailedAtStartup << QStringList {u"trigger"_qs};
    }

    void buttonsFollowTheMigrationState()
    {
        QFETCH(MigrationStatus, status);
        QFETCH(QStringList, enabled);
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        for (const MigrationAction a : buttonActions)
            QVERIFY2(!panel.actionButton(a)->isEnabled(), "nothing selected");

        panel.migrations()->setCurrentItem(row(panel.migrations(), minmax));
        standIn.state().migrations[2].status = status;
        QVERIFY(refreshOnce(panel));
        QVERIFY(panel.migrations()->currentItem());
        QCOMPARE(panel.migrations()->currentItem()->text(0), minmax);
        QStringList actual;
        for (const MigrationAction a : buttonActions)
            if (panel.actionButton(a)->isEnabled())
                actual.append(migrationActionPath(a));
        QCOMPARE(actual, enabled);

        // The selection moves to a completed one: its buttons follow.
        panel.migrations()->setCurrentItem(panel.migrations()->topLevelItem(0));
        for (const MigrationAction a : buttonActions)
            QVERIFY2(!panel.actionButton(a)->isEnabled(), qPrintable(migrationActionPath(a)));
    }

    // The dialog's own buttons: the one that sends names the action, Cancel is the default.
    void confirmationButtonNamesTheAction()
    {
        AdminStandInServer standIn;
        standIn.state().migrations[2].status = MigrationStatus::Running;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.show();
        panel.migrations()->setCurrentItem(row(panel.migrations(), minmax));
        QPushButton *forceStop = panel.actionButton(MigrationAction::ForceStop);
        QVERIFY(forceStop->isEnabled());

        QStringList buttons;
        QString text;
        QString defaultButton;
        bool accept = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            text = box->text();
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QAbstractButton *send = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                buttons.append(box->buttonRole(b) == QMessageBox::AcceptRole ? u"accept:"_qs + b->text() : b->text());
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    send = b;
            }
            if (accept && send)
                send->click();
            else
                box->reject();
        });
        poll.start();
        forceStop->click();
        QVERIFY2(buttons.contains(u"accept:Force stop"_qs), qPrintable(buttons.join(u", ")));
        QVERIFY2(!buttons.contains(u"OK"_qs), qPrintable(buttons.join(u", ")));
        QVERIFY(!defaultButton.isEmpty() && defaultButton != u"Force stop");
        // The consequence in PostHog's terms.
        QVERIFY2(text.contains(u"Celery task") && text.contains(u"another task of that worker can be lost")
                     && text.contains(u"rolls the migration back"),
                 qPrintable(text));
        QTest::qWait(200);
        QCOMPARE(standIn.requests("POST").size(), 0);

        accept = true;
        buttons.clear();
        poll.start();
        forceStop->click();
        QVERIFY(buttons.contains(u"accept:Force stop"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(standIn.requests("POST").size(), 1, 20000);
        QCOMPARE(standIn.requests("POST").first().target, QByteArray("/api/async_migrations/3/force_stop/"));
    }

    // PostHog's 400 {"success": false, "error"}: said in the view, in a place
    // that does not move anything else.
    void refusalShownInPlace()
    {
        AdminStandInServer standIn;
        standIn.state().migrations[1].status = MigrationStatus::Running; // another one runs
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        panel.resize(1100, 700);
        panel.setConfirm([](const SystemStatusPanel::Confirmation &) { return true; });
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.migrations()->setCurrentItem(row(panel.migrations(), minmax));
        QVERIFY(refreshOnce(panel));
        QTest::qWait(50);
        const QHash<QString, QRect> before = geometries(panel);

        QPushButton *run = panel.actionButton(MigrationAction::Trigger);
        QVERIFY(run->isEnabled());
        refreshed.clear();
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.actionResultLabel()->text().contains(u"refused"), 20000);
        const QString said = panel.actionResultLabel()->text();
        QVERIFY2(said.contains(u"No more than 1 async migration can run at once.") && said.contains(minmax),
                 qPrintable(said));
        QVERIFY(panel.actionResultLabel()->isVisible());
        QVERIFY(!panel.stateLabel()->text().contains(u"refused"));
        QVERIFY(refreshed.wait(20000)); // the round after the answer
        QTest::qWait(50);
        QCOMPARE(panel.actionResultLabel()->text(), said); // it stays
        const QHash<QString, QRect> after = geometries(panel);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(),
                     qPrintable(u"%1: (%2,%3 %4x%5) then (%6,%7 %8x%9)"_qs.arg(it.key())
                                    .arg(it.value().x()).arg(it.value().y()).arg(it.value().width()).arg(it.value().height())
                                    .arg(after.value(it.key()).x()).arg(after.value(it.key()).y())
                                    .arg(after.value(it.key()).width()).arg(after.value(it.key()).height())));
        QCOMPARE(standIn.standIn().acceptedActions(), QStringList());
    }

    void cacheNoteBesideLagAndDisk()
    {
        AdminStandInServer standIn;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        panel.resize(1100, 700);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QLabel *note = panel.cacheNoteLabel();
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"60 s") && note->text().contains(u"/api/instance_status"), qPrintable(note->text()));
        for (const QString &id : {u"ingestionLagSeconds"_qs, u"clickhouseDiskFree"_qs}) {
            MetricChartView *chart = panel.chart(id);
            QCOMPARE(chart->parentWidget(), note->parentWidget()); // in the same box, just above
            const QRect n(note->mapTo(&panel, QPoint()), note->size());
            const QRect c(chart->mapTo(&panel, QPoint()), chart->size());
            QVERIFY2(n.bottom() <= c.top() && c.top() - n.bottom() < 40, qPrintable(id));
            QVERIFY(row(panel.checks(), id)->toolTip(2).contains(u"60 s"));
        }
        // The note is not an alarm: nothing fails for a fresh instance.
        QCOMPARE(panel.status().verdict, AdminVerdict::Healthy);
    }

    // The checks that could not be read are listed first; the verdict is the engine's.
    void unknownChecksFirst()
    {
        AdminStandInServer standIn;
        standIn.state().disks.clear();
        standIn.state().redisMaxmemory = u"lots"_qs;
        HttpFetcher fetcher;
        fetcher.setCredentials(standIn.url(), standIn.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(standIn.url(), true);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(panel.checks()->topLevelItemCount(), int(panel.status().checks.size()));
        QStringList unknown;
        for (const AdminCheck &c : panel.status().checks)
            if (c.level == AdminCheckLevel::Unknown)
                unknown.append(c.id);
        QVERIFY(unknown.contains(u"clickhouseDiskFree"_qs) && unknown.contains(u"redisMaxmemory"_qs));
        QStringList shown;
        for (int i = 0; i < panel.checks()->topLevelItemCount(); ++i)
            shown.append(panel.checks()->topLevelItem(i)->text(0));
        QCOMPARE(shown.mid(0, unknown.size()), unknown);
        for (int i = int(unknown.size()); i < shown.size(); ++i)
            QVERIFY2(panel.checks()->topLevelItem(i)->text(1) != u"unknown", qPrintable(shown[i]));
        QVERIFY2(panel.stateLabel()->text().contains(adminVerdictName(panel.status().verdict)),
                 qPrintable(panel.stateLabel()->text()));
        QVERIFY2(panel.stateLabel()->text().contains(u"%1 unknown"_qs.arg(unknown.size())),
                 qPrintable(panel.stateLabel()->text()));
    }

    void connectionChangeClearsResults()
    {
        AdminStandInServer first;
        first.state().migrations[2].status = MigrationStatus::Errored;
        AdminStandInServer second;
        HttpFetcher fetcher;
        fetcher.setCredentials(first.url(), first.state().apiKey);
        SystemStatusPanel panel(&fetcher);
        QSignalSpy refreshed(&panel, &SystemStatusPanel::refreshed);
        panel.setConnection(first.url(), true);
        QVERIFY(refreshed.wait(20000));
        panel.migrations()->setCurrentItem(row(panel.migrations(), minmax));
        panel.setConfirm([](const SystemStatusPanel::Confirmation &) { return true; });
        panel.act(MigrationAction::Resume);
        QTRY_VERIFY_WITH_TIMEOUT(panel.actionResultLabel()->text().contains(u"accepted"), 20000);
        panel.upgradeTarget()->setText(u"1.44.0"_qs);
        panel.checkUpgrade();
        QVERIFY(panel.checks()->topLevelItemCount() > 0);
        QVERIFY(panel.migrations()->topLevelItemCount() > 0);
        QVERIFY(!panel.upgradeResult()->toPlainText().isEmpty());

        // Another instance, no key for it yet: nothing of the first one stays.
        panel.setConnection(second.url(), false);
        QCOMPARE(panel.checks()->topLevelItemCount(), 0);
        QCOMPARE(panel.overview()->topLevelItemCount(), 0);
        QCOMPARE(panel.queries()->topLevelItemCount(), 0);
        QCOMPARE(panel.migrations()->topLevelItemCount(), 0);
        QVERIFY(panel.upgradeResult()->toPlainText().isEmpty());
        QVERIFY2(!panel.actionResultLabel()->text().contains(u"resume"), qPrintable(panel.actionResultLabel()->text()));
        QCOMPARE(panel.history().history(u"clickhouseDiskFree")->size(), 0);
        for (const MigrationAction a : buttonActions)
            QVERIFY(!panel.actionButton(a)->isEnabled());

        // An answer of the first instance that comes after the change is not shown as the second's.
        panel.setConnection(first.url(), true);
        panel.setConnection(second.url(), false);
        QTest::qWait(500);
        QCOMPARE(panel.checks()->topLevelItemCount(), 0);
        QCOMPARE(panel.migrations()->topLevelItemCount(), 0);
        QCOMPARE(panel.rounds(), 0);
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
