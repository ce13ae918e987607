#pragma once

#include "admin/admincheckhistory.h"
#include "admin/adminchecks.h"
#include "admin/adminclient.h"
#include "monitor/clock.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
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
// reads nothing.
class SystemStatusPanel : public QWidget
{
    Q_OBJECT
public:
    // Asked before an action is sent: true to send it. The default is a dialog.
    using Confirm = std::function<bool(const QString &title, const QString &text, bool dangerous)>;

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

    QLabel *stateLabel() const { return m_state; }
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

    static QString consequence(MigrationAction action);
    static QString actionTitle(MigrationAction action);

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
    void redrawCharts();

    AdminClient m_client;
    QUrl m_baseUrl;
    bool m_hasKey = false;
    QString m_profileTag;
    Confirm m_confirm;
    QString m_actionNote;
    AdminSnapshot m_snapshot;
    AdminStatus m_status;
    QHash<QString, AdminCheckLevel> m_levels;
    AdminCheckHistory m_history;
    Clock m_clock = systemClock();
    qint64 m_chartWindowMs = 5 * 60 * 1000;
    int m_rounds = 0;
    bool m_inFlight = false;

    QTimer *m_poll;
    QLabel *m_state;
    QTreeWidget *m_checks;
    QTreeWidget *m_overview;
    QTreeWidget *m_queries;
    QTreeWidget *m_migrations;
    QLineEdit *m_target;
    QPlainTextEdit *m_upgrade;
    QList<QPushButton *> m_actionButtons;
    QHash<QString, MetricChartView *> m_charts; // per numeric check
};

} // namespace phc
