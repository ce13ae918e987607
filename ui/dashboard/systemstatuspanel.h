#pragma once

#include "admin/adminchecks.h"
#include "admin/adminclient.h"

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

// PostHog's own System status and its async migrations: the checks as
// coloured rows with value and message, the overview rows grouped as
// PostHog's page groups them, the slow queries, the migrations with their
// progress and actions (each behind a confirmation), and the upgrade check.
// Without a personal API key it says what it needs and reads nothing.
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
    void refresh();

    QLabel *stateLabel() const { return m_state; }
    QTreeWidget *checks() const { return m_checks; }
    QTreeWidget *overview() const { return m_overview; }
    QTreeWidget *migrations() const { return m_migrations; }
    QTreeWidget *queries() const { return m_queries; }
    QLineEdit *upgradeTarget() const { return m_target; }
    QPlainTextEdit *upgradeResult() const { return m_upgrade; }
    const AdminStatus &status() const { return m_status; }
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

private:
    void showSnapshot(const AdminSnapshot &snapshot);
    void showChecks();
    void showOverview(const InstanceOverview &overview);
    void showMigrations(const QList<AsyncMigration> &migrations);

    AdminClient m_client;
    QUrl m_baseUrl;
    bool m_hasKey = false;
    QString m_profileTag;
    Confirm m_confirm;
    QString m_actionNote;
    AdminSnapshot m_snapshot;
    AdminStatus m_status;
    QHash<QString, AdminCheckLevel> m_levels;
    QHash<QString, QList<double>> m_history; // numeric checks, newest last
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
};

} // namespace phc
