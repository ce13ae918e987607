#pragma once

#include "admin/admincheckhistory.h"
#include "admin/adminchecks.h"
#include "admin/adminclient.h"
#include "monitor/clock.h"
#include "monitor/healthprober.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace phc {

class MetricChartView;

// PostHog's own System status and its async migrations: the checks as
// coloured rows with value and message, the overview rows grouped as
// PostHog's page groups them, the slow queries, the migrations with their
// progress and actions (each behind a confirmation), and the upgrade check.
// The numeric checks keep a bounded history, charted with their limits like
// the key metrics. Without a personal API key it says what it needs and
// reads nothing. The instance's health (probes, metrics and these checks,
// instanceHealth()) is the dashboard's to say: it shows it here as in its
// header.
class SystemStatusPanel : public QWidget
{
    Q_OBJECT
public:
    // What is asked before an action is sent.
    struct Confirmation
    {
        QString title;
        QString text;       // the action, the migration, the instance and PostHog's consequence
        QString acceptText; // the button that sends it names the action: "Force stop"
        bool dangerous = false;
    };
    // True to send the action. The default is a dialog (confirmationBox()).
    using Confirm = std::function<bool(const Confirmation &)>;

    explicit SystemStatusPanel(HttpFetcher *fetcher, QWidget *parent = nullptr);

    void setConnection(const QUrl &baseUrl, bool hasKey);
    void setProfileImageTag(const QString &tag) { m_profileTag = tag; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Stamps the history and judges the ingestion lag; before anything is read.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The span the check charts show, as the dashboard's chart window.
    void setChartWindow(qint64 windowMs);
    // Labels the check charts "Demo data", as the key metrics'.
    void setDemo(bool demo);
    void refresh();
    bool isConnected() const { return m_hasKey; }
    // The instance's health as the dashboard's header shows it; `read`: some
    // part was read (unknown then says so rather than "not checked").
    void setInstanceHealth(InstanceHealth health, bool read, const QString &why);

    QLabel *healthLabel() const { return m_health; }
    QLabel *stateLabel() const { return m_state; }
    // The answer to the last action (PostHog's refusal, in its words), in a
    // place of its own that keeps its size.
    QLabel *actionResultLabel() const { return m_actionResult; }
    // PostHog's 60 s cache of /api/instance_status, said beside the charts.
    QLabel *cacheNoteLabel() const { return m_cacheNote; }
    QPushButton *actionButton(MigrationAction action) const;
    QTreeWidget *checks() const { return m_checks; }
    QTreeWidget *overview() const { return m_overview; }
    QTreeWidget *migrations() const { return m_migrations; }
    QTreeWidget *queries() const { return m_queries; }
    QLineEdit *upgradeTarget() const { return m_target; }
    QPlainTextEdit *upgradeResult() const { return m_upgrade; }
    const AdminStatus &status() const { return m_status; }
    const AdminSnapshot &snapshot() const { return m_snapshot; }
    const AdminCheckHistory &history() const { return m_history; }
    // The chart of a numeric check; null for another id.
    MetricChartView *chart(const QString &checkId) const;
    int rounds() const { return m_rounds; }
    // Sends `action` for the selected migration, after the confirmation.
    void act(MigrationAction action);
    void checkUpgrade();

    static QString actionTitle(MigrationAction action);
    // The default confirmation: Cancel is the default button.
    static std::unique_ptr<QMessageBox> confirmationBox(const Confirmation &confirmation, QWidget *parent);

Q_SIGNALS:
    // A check turned fail: for the same notification as a critical metric.
    void checkFailed(const QString &title, const QString &message);
    void refreshed();
    // A snapshot was read, or the connection changed (reading nothing without a key).
    void instanceChanged();

private:
    void showSnapshot(const AdminSnapshot &snapshot);
    void showChecks();
    void showOverview(const InstanceOverview &overview);
    void showMigrations(const QList<AsyncMigration> &migrations);
    void updateActionButtons();
    void showActionResult(const QString &text, bool refused);
    void redrawCharts();

    AdminClient m_client;
    QUrl m_baseUrl;
    bool m_hasKey = false;
    QString m_profileTag;
    Confirm m_confirm;
    quint64 m_generation = 0; // bumps on every connection: late answers of the previous one are dropped
    AdminSnapshot m_snapshot;
    AdminStatus m_status;
    QHash<QString, AdminCheckLevel> m_levels;
    AdminCheckHistory m_history;
    Clock m_clock = systemClock();
    qint64 m_chartWindowMs = 5 * 60 * 1000;
    int m_rounds = 0;
    bool m_inFlight = false;

    QTimer *m_poll;
    QLabel *m_health;
    QLabel *m_state;
    QLabel *m_actionResult;
    QLabel *m_cacheNote;
    QTreeWidget *m_checks;
    QTreeWidget *m_overview;
    QTreeWidget *m_queries;
    QTreeWidget *m_migrations;
    QLineEdit *m_target;
    QPlainTextEdit *m_upgrade;
    QList<std::pair<MigrationAction, QPushButton *>> m_actionButtons;
    QHash<QString, MetricChartView *> m_charts; // per numeric check
};

} // namespace phc
