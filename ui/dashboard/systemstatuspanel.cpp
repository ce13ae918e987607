#include "systemstatuspanel.h"

#include "admin/upgradeplanner.h"
#include "common/palettecolors.h"
#include "metricchartview.h"
#include "sparkline.h"
#include "compat/servicerequirements.h"
#include "compat/version.h"
#include "healthbadge.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phc {

namespace {

constexpr int pollMs = 10000;
constexpr int runningPollMs = 2000; // while a migration runs
constexpr qsizetype sparkPoints = 24; // the last rounds, in the checks table
constexpr double mib = 1024.0 * 1024.0;
constexpr int stateLines = 2;
constexpr int actionResultLines = 2;

// The ids whose values come from /api/instance_status, which PostHog caches for 60 s.
bool cachedForAMinute(QStringView id) { return id == u"clickhouseDiskFree" || id == u"ingestionLagSeconds"; }

// Room for `lines` lines of a label, outside any layout: a new text never
// asks for more room, so what it says does not move the rest (a label in a
// layout invalidates it on every change of text).
class LinesBox : public QWidget
{
public:
    LinesBox(QLabel *label, int lines, QWidget *parent) : QWidget(parent), m_label(label)
    {
        label->setParent(this);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        setFixedHeight(label->fontMetrics().lineSpacing() * lines + 2);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        m_label->setGeometry(rect());
    }

private:
    QLabel *m_label;
};

QColor levelColor(AdminCheckLevel level, const QPalette &p)
{
    switch (level) {
    case AdminCheckLevel::Pass: return PaletteColors::good(p);
    case AdminCheckLevel::Warn: return PaletteColors::warning(p);
    case AdminCheckLevel::Fail: return PaletteColors::problem(p);
    case AdminCheckLevel::Unknown: break;
    }
    return p.color(QPalette::PlaceholderText);
}

// PostHog's page groups its rows by what they are about.
QString groupOf(const StatusRow &row)
{
    const QString k = row.key;
    const QString m = row.metric.toLower();
    if (k == u"helm")
        return SystemStatusPanel::tr("Helm info");
    if (k.startsWith(u"posthog_") || k.startsWith(u"plugin_sever") || k == u"pg_version" || m.contains(u"version"))
        return SystemStatusPanel::tr("Versions and services");
    if (k.startsWith(u"dead_letter_queue"))
        return SystemStatusPanel::tr("Dead letter queue");
    if (k.startsWith(u"clickhouse") || k.startsWith(u"last_event"))
        return SystemStatusPanel::tr("ClickHouse");
    if (m.startsWith(u"redis") || k.startsWith(u"redis"))
        return SystemStatusPanel::tr("Redis");
    if (k == u"object_storage")
        return SystemStatusPanel::tr("Object storage");
    return SystemStatusPanel::tr("Other");
}

MetricThreshold::Level chartLevel(AdminCheckLevel level)
{
    switch (level) {
    case AdminCheckLevel::Warn: return MetricThreshold::Level::Warn;
    case AdminCheckLevel::Fail: return MetricThreshold::Level::Critical;
    case AdminCheckLevel::Pass:
    case AdminCheckLevel::Unknown: break;
    }
    return MetricThreshold::Level::Ok;
}

// The chart of a numeric check, in the unit it is read in.
MetricChartView *checkChart(const QString &id, QWidget *parent)
{
    const QLocale locale;
    MetricChartView *chart = nullptr;
    const QString name = QStringLiteral("chart_") + id;
    if (id == u"clickhouseDiskFree")
        chart = new MetricChartView(
            name, SystemStatusPanel::tr("ClickHouse disk free"),
            [locale](double v) { return SystemStatusPanel::tr("%1 %").arg(locale.toString(v * 100, 'f', 1)); }, 100,
            SystemStatusPanel::tr("%"), parent);
    else if (id == u"ingestionLagSeconds")
        chart = new MetricChartView(
            name, SystemStatusPanel::tr("Ingestion lag"),
            [locale](double v) { return SystemStatusPanel::tr("%1 s").arg(locale.toString(v, 'f', 0)); }, 1,
            SystemStatusPanel::tr("s"), parent);
    else
        chart = new MetricChartView(
            name, SystemStatusPanel::tr("Redis maxmemory"),
            [locale](double v) {
                return v > 0 ? SystemStatusPanel::tr("%1 MiB").arg(locale.toString(v / mib, 'f', 0))
                             : SystemStatusPanel::tr("no limit");
            },
            1 / mib, SystemStatusPanel::tr("MiB"), parent);
    chart->setMinimumSize(240, 110);
    chart->setTimeTicks(4);
    const AdminCheckLimits limits = AdminCheckHistory::limits(id, AdminThresholds::builtIn());
    chart->setLimits(limits.warn, limits.fail);
    return chart;
}

} // namespace

SystemStatusPanel::SystemStatusPanel(HttpFetcher *fetcher, QWidget *parent)
    : QWidget(parent), m_client(fetcher), m_poll(new QTimer(this)),
      m_health(HealthBadge::create(QStringLiteral("systemStatusHealthBadge"), this)), m_state(new QLabel(this)),
      m_actionResult(new QLabel(this)), m_cacheNote(new QLabel(this)), m_checks(new QTreeWidget(this)),
      m_overview(new QTreeWidget(this)), m_queries(new QTreeWidget(this)), m_migrations(new QTreeWidget(this)),
      m_target(new QLineEdit(this)), m_upgrade(new QPlainTextEdit(this))
{
    m_confirm = [this](const Confirmation &c) {
        const std::unique_ptr<QMessageBox> box = confirmationBox(c, this);
        box->exec();
        return box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    };
    m_health->setVisible(false); // until the dashboard says the instance's health
    m_state->setObjectName(QStringLiteral("systemStatusState"));
    auto *stateBox = new LinesBox(m_state, stateLines, this);
    m_actionResult->setObjectName(QStringLiteral("migrationActionResult"));
    auto *actionResultBox = new LinesBox(m_actionResult, actionResultLines, this);
    m_cacheNote->setObjectName(QStringLiteral("instanceStatusCacheNote"));
    m_cacheNote->setWordWrap(true);
    m_cacheNote->setText(tr("PostHog caches /api/instance_status for 60 s: the disk and ingestion lag values can be a "
                            "minute old, and a lag under a minute says nothing."));
    m_checks->setHeaderLabels({tr("Check"), tr("Level"), tr("Value"), tr("History"), tr("Message")});
    m_checks->setRootIsDecorated(false);
    m_overview->setHeaderLabels({tr("Metric"), tr("Value")});
    m_queries->setHeaderLabels({tr("Duration"), tr("Query")});
    m_queries->setRootIsDecorated(false);
    m_migrations->setHeaderLabels({tr("Migration"), tr("Status"), tr("Progress"), tr("Versions"), tr("Last error")});
    m_migrations->setRootIsDecorated(false);
    m_upgrade->setReadOnly(true);
    // The tab fits the window's default size with the charts below.
    for (QWidget *w : std::initializer_list<QWidget *> {m_checks, m_overview, m_queries, m_migrations, m_upgrade})
        w->setMinimumHeight(60);
    m_target->setPlaceholderText(tr("1.44.0 or release-1.44.0"));

    auto *actions = new QHBoxLayout;
    for (MigrationAction a : {MigrationAction::Trigger, MigrationAction::Resume, MigrationAction::Rollback,
                              MigrationAction::ForceStop}) {
        auto *b = new QPushButton(actionTitle(a), this);
        b->setObjectName(QStringLiteral("migration_") + migrationActionPath(a));
        b->setEnabled(false);
        // The statuses PostHog takes the action for, from the engine's table.
        QStringList statuses;
        for (int i = 0; i <= int(MigrationStatus::FailedAtStartup); ++i)
            if (migrationActionAllowed(a, MigrationStatus(i)))
                statuses.append(migrationStatusName(MigrationStatus(i)));
        b->setToolTip(tr("PostHog takes '%1' for a migration that is %2.")
                          .arg(migrationActionPath(a), statuses.join(tr(" or "))));
        connect(b, &QPushButton::clicked, this, [this, a] { act(a); });
        actions->addWidget(b);
        m_actionButtons.append({a, b});
    }
    actions->addStretch();
    connect(m_migrations, &QTreeWidget::itemSelectionChanged, this, &SystemStatusPanel::updateActionButtons);
    connect(m_migrations, &QTreeWidget::currentItemChanged, this, &SystemStatusPanel::updateActionButtons);

    auto *upgradeRow = new QHBoxLayout;
    auto *check = new QPushButton(tr("Check &upgrade"), this);
    upgradeRow->addWidget(new QLabel(tr("Upgrade to:"), this));
    upgradeRow->addWidget(m_target, 1);
    upgradeRow->addWidget(check);
    connect(check, &QPushButton::clicked, this, &SystemStatusPanel::checkUpgrade);

    // The whole width: three charts side by side stay readable.
    auto *charts = new QGroupBox(tr("History of the numeric checks"), this);
    auto *chartColumn = new QVBoxLayout(charts);
    m_cacheNote->setParent(charts);
    chartColumn->addWidget(m_cacheNote);
    auto *chartRow = new QHBoxLayout;
    chartColumn->addLayout(chartRow, 1);
    for (const QString &id : m_history.ids()) {
        MetricChartView *chart = checkChart(id, charts);
        m_charts.insert(id, chart);
        chartRow->addWidget(chart);
    }

    auto *statusBox = new QGroupBox(tr("System status"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    auto *split = new QSplitter(Qt::Vertical, statusBox);
    split->addWidget(m_checks);
    split->addWidget(m_overview);
    split->addWidget(m_queries);
    statusLayout->addWidget(split);

    auto *migrationBox = new QGroupBox(tr("Async migrations"), this);
    migrationBox->setObjectName(QStringLiteral("asyncMigrationsBox"));
    auto *migrationLayout = new QVBoxLayout(migrationBox);
    migrationLayout->addWidget(m_migrations);
    migrationLayout->addLayout(actions);
    migrationLayout->addWidget(actionResultBox);
    migrationLayout->addLayout(upgradeRow);
    migrationLayout->addWidget(m_upgrade);

    auto *columns = new QHBoxLayout;
    columns->addWidget(statusBox, 3);
    columns->addWidget(migrationBox, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_health, 0, Qt::AlignTop);
    top->addWidget(stateBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 3);
    layout->addWidget(charts, 2);

    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &SystemStatusPanel::refresh);
    setConnection(QUrl(), false);
}

QString SystemStatusPanel::actionTitle(MigrationAction action)
{
    switch (action) {
    case MigrationAction::Trigger: return tr("&Run");
    case MigrationAction::Resume: return tr("Re&sume");
    case MigrationAction::Rollback: return tr("Roll &back");
    case MigrationAction::ForceStop: return tr("&Force stop");
    case MigrationAction::ForceStopWithoutRollback: return tr("Force stop without rollback");
    case MigrationAction::ForceRollback: return tr("Force rollback");
    }
    return QString();
}

std::unique_ptr<QMessageBox> SystemStatusPanel::confirmationBox(const Confirmation &c, QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(c.dangerous ? QMessageBox::Warning : QMessageBox::Question, c.title, c.text,
                                             QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("migrationActionConfirmation"));
    box->addButton(c.acceptText, QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    return box;
}

QPushButton *SystemStatusPanel::actionButton(MigrationAction action) const
{
    for (const auto &[a, b] : m_actionButtons)
        if (a == action)
            return b;
    return nullptr;
}

void SystemStatusPanel::setInstanceHealth(InstanceHealth health, bool read, const QString &why)
{
    HealthBadge::show(m_health, health, read, why);
    m_health->setVisible(true);
}

void SystemStatusPanel::setConnection(const QUrl &baseUrl, bool hasKey)
{
    m_baseUrl = baseUrl;
    m_hasKey = hasKey && baseUrl.isValid();
    m_client.setBaseUrl(baseUrl);
    // Another instance (or none): nothing of the previous one stays, its checks start a new history.
    ++m_generation;
    m_inFlight = false;
    m_rounds = 0;
    m_snapshot = AdminSnapshot();
    m_status = AdminStatus();
    m_levels.clear();
    m_history.clear();
    m_checks->clear();
    m_overview->clear();
    m_queries->clear();
    m_migrations->clear();
    m_upgrade->clear();
    showActionResult(QString(), false);
    updateActionButtons();
    redrawCharts();
    Q_EMIT instanceChanged();
    if (!m_hasKey) {
        m_poll->stop();
        m_state->setText(tr("PostHog's System status needs a personal API key (set it in the connection): its user "
                            "must belong to the instance, and be staff (instance admin) for async migrations. "
                            "Without it nothing here is read and nothing else changes."));
        return;
    }
    m_state->setText(tr("Reading %1 …").arg(baseUrl.toDisplayString()));
    m_poll->start(pollMs);
    refresh();
}

void SystemStatusPanel::refresh()
{
    if (!m_hasKey || m_inFlight)
        return;
    m_inFlight = true;
    m_client.fetchSnapshot(this, [this, generation = m_generation](const AdminSnapshot &s) {
        if (generation != m_generation)
            return; // read from the previous connection
        m_inFlight = false;
        showSnapshot(s);
    });
}

void SystemStatusPanel::showSnapshot(const AdminSnapshot &snapshot)
{
    ++m_rounds;
    m_snapshot = snapshot;
    const qint64 nowMs = m_clock();
    m_status = AdminChecks::evaluate(snapshot, AdminThresholds::builtIn(), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                     AdminChecks::gatesFor(snapshot, m_profileTag));
    m_history.push(m_status, nowMs);
    // The engine's verdict as it gives it; the unknown checks count as it counts them.
    int failing = 0, warning = 0, unknown = 0;
    for (const AdminCheck &c : m_status.checks) {
        failing += c.level == AdminCheckLevel::Fail;
        warning += c.level == AdminCheckLevel::Warn;
        unknown += c.level == AdminCheckLevel::Unknown;
    }
    QString state = tr("PostHog's System status checks of %1: %2").arg(m_baseUrl.toDisplayString(),
                                                                       adminVerdictName(m_status.verdict));
    if (!m_status.checks.isEmpty())
        state += tr(" (%n check(s): ", nullptr, int(m_status.checks.size()))
               + tr("%1 failing, %2 warning, %3 unknown)").arg(failing).arg(warning).arg(unknown);
    if (!m_status.error.isEmpty())
        state += u'\n' + m_status.error;
    else if (!snapshot.migrationsError.ok())
        state += u'\n' + snapshot.migrationsError.message;
    m_state->setText(state);
    m_state->setToolTip(state);
    for (const AdminCheck &c : m_status.checks) {
        const AdminCheckLevel before = m_levels.value(c.id, AdminCheckLevel::Unknown);
        if (c.level == AdminCheckLevel::Fail && before != AdminCheckLevel::Fail)
            Q_EMIT checkFailed(tr("PostHog check failed: %1").arg(c.id), c.message);
        m_levels.insert(c.id, c.level);
    }
    showChecks();
    redrawCharts();
    m_overview->clear();
    if (snapshot.overview)
        showOverview(*snapshot.overview);
    m_queries->clear();
    if (snapshot.queries)
        for (const RunningQuery &q : snapshot.queries->clickhouseSlowLog)
            new QTreeWidgetItem(m_queries, {q.durationSeconds ? tr("%1 s").arg(*q.durationSeconds, 0, 'f', 1) : tr("?"),
                                            q.query.simplified().left(300)});
    showMigrations(snapshot.migrations.value_or(QList<AsyncMigration>()));
    bool running = false;
    for (const AsyncMigration &m : snapshot.migrations.value_or(QList<AsyncMigration>()))
        running = running || m.status == MigrationStatus::Running || m.status == MigrationStatus::Starting;
    m_poll->setInterval(running ? runningPollMs : pollMs);
    Q_EMIT instanceChanged();
    Q_EMIT refreshed();
}

void SystemStatusPanel::setChartWindow(qint64 windowMs)
{
    m_chartWindowMs = windowMs;
    redrawCharts();
}

void SystemStatusPanel::setDemo(bool demo)
{
    for (MetricChartView *c : std::as_const(m_charts))
        c->setDemo(demo);
}

MetricChartView *SystemStatusPanel::chart(const QString &checkId) const { return m_charts.value(checkId); }

void SystemStatusPanel::redrawCharts()
{
    const qint64 nowMs = m_clock();
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        const RingBuffer<TimePoint> &history = *m_history.history(it.key());
        it.value()->showHistory(history, nowMs, m_chartWindowMs);
        const AdminCheck *check = m_status.check(it.key());
        it.value()->setLatest(check ? check->value : std::nullopt, check ? check->message : tr("not read yet"),
                              chartLevel(check ? check->level : AdminCheckLevel::Unknown));
    }
}

void SystemStatusPanel::showChecks()
{
    m_checks->clear();
    // What could not be read first: it is what a verdict lacks.
    QList<AdminCheck> ordered = m_status.checks;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const AdminCheck &c) { return c.level == AdminCheckLevel::Unknown; });
    for (const AdminCheck &c : std::as_const(ordered)) {
        auto *item = new QTreeWidgetItem(m_checks, {c.id, adminCheckLevelName(c.level),
                                                    c.value ? QString::number(*c.value, 'g', 6) : QStringLiteral("-"),
                                                    QString(), c.message});
        item->setForeground(1, levelColor(c.level, palette()));
        item->setToolTip(4, c.message);
        if (cachedForAMinute(c.id))
            item->setToolTip(2, m_cacheNote->text());
        if (const RingBuffer<TimePoint> *history = m_history.history(c.id)) {
            QList<double> values;
            for (qsizetype i = std::max<qsizetype>(0, history->size() - sparkPoints); i < history->size(); ++i)
                values.append((*history)[i].value);
            auto *spark = new Sparkline(m_checks);
            spark->setValues(values, tr("%1 over the last %n round(s)", nullptr, int(values.size())).arg(c.id));
            m_checks->setItemWidget(item, 3, spark);
        }
    }
    m_checks->resizeColumnToContents(0);
}

void SystemStatusPanel::showOverview(const InstanceOverview &overview)
{
    QHash<QString, QTreeWidgetItem *> groups;
    for (const StatusRow &row : overview.rows) {
        const QString group = groupOf(row);
        QTreeWidgetItem *&parent = groups[group];
        if (!parent) {
            parent = new QTreeWidgetItem(m_overview, {group});
            parent->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(parent, {row.metric, row.valueText()});
        if (row.subrows) {
            auto *header = new QTreeWidgetItem(item, {row.subrows->columns.join(QStringLiteral(" · "))});
            header->setDisabled(true);
            for (const QStringList &cells : row.subrows->rows)
                new QTreeWidgetItem(item, {cells.value(0), cells.mid(1).join(QStringLiteral(" · "))});
        }
    }
    m_overview->resizeColumnToContents(0);
}

void SystemStatusPanel::showMigrations(const QList<AsyncMigration> &list)
{
    const QString selected = m_migrations->currentItem() ? m_migrations->currentItem()->text(0) : QString();
    m_migrations->clear();
    for (const AsyncMigration &m : list) {
        auto *item = new QTreeWidgetItem(m_migrations, {m.name, migrationStatusName(m.status), QString(),
                                                        m.posthogMinVersion + QStringLiteral(" – ") + m.posthogMaxVersion,
                                                        m.lastError});
        item->setData(0, Qt::UserRole, m.id);
        item->setData(1, Qt::UserRole, int(m.status));
        item->setToolTip(4, m.lastError);
        if (migrationFailed(m.status))
            item->setForeground(1, PaletteColors::problem(palette()));
        auto *bar = new QProgressBar(m_migrations);
        bar->setRange(0, 100);
        bar->setValue(m.progress);
        m_migrations->setItemWidget(item, 2, bar);
        if (m.name == selected)
            m_migrations->setCurrentItem(item);
    }
    m_migrations->resizeColumnToContents(0);
    updateActionButtons();
}

void SystemStatusPanel::updateActionButtons()
{
    const QTreeWidgetItem *item = m_migrations->currentItem();
    const bool selected = item && item->isSelected();
    for (const auto &[action, button] : std::as_const(m_actionButtons))
        button->setEnabled(selected && migrationActionAllowed(action, MigrationStatus(item->data(1, Qt::UserRole).toInt())));
}

void SystemStatusPanel::showActionResult(const QString &text, bool refused)
{
    // Before any action, the place says what the buttons follow.
    m_actionResult->setText(!text.isEmpty() ? text
                                            : tr("Select a migration: the buttons offer what PostHog takes for its "
                                                 "status, and what PostHog answers is said here."));
    m_actionResult->setToolTip(text);
    QPalette p = m_actionResult->palette();
    p.setColor(QPalette::WindowText, refused ? PaletteColors::problem(palette()) : palette().color(QPalette::WindowText));
    m_actionResult->setPalette(p);
}

void SystemStatusPanel::act(MigrationAction action)
{
    QTreeWidgetItem *item = m_migrations->currentItem();
    if (!item)
        return;
    const QString name = item->text(0);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto status = MigrationStatus(item->data(1, Qt::UserRole).toInt());
    const QString verb = actionTitle(action).remove(u'&');
    if (!migrationActionAllowed(action, status)) {
        showActionResult(tr("%1 is %2: PostHog does not take '%3' for it.")
                             .arg(name, migrationStatusName(status), migrationActionPath(action)),
                         true);
        return;
    }
    Confirmation c;
    c.dangerous = action != MigrationAction::Trigger && action != MigrationAction::Resume;
    c.title = tr("%1 %2?").arg(verb, name);
    c.text = tr("%1 the async migration %2 (%3) on %4.\n\n%5")
                 .arg(verb, name, migrationStatusName(status), m_baseUrl.toDisplayString(),
                      migrationActionConsequence(action));
    c.acceptText = verb;
    if (!m_confirm(c))
        return;
    showActionResult(tr("Sent '%1' for %2 …").arg(migrationActionPath(action), name), false);
    m_client.runAction(id, action, this, [this, name, action, generation = m_generation](const MigrationActionOutcome &o) {
        if (generation != m_generation)
            return; // an answer of the previous connection
        if (!o.error.ok())
            showActionResult(o.error.message, true);
        else if (!o.answer->success)
            showActionResult(tr("PostHog refused '%1' for %2: %3").arg(migrationActionPath(action), name, o.answer->error),
                             true);
        else
            showActionResult(tr("PostHog accepted '%1' for %2").arg(migrationActionPath(action), name), false);
        refresh();
    });
}

void SystemStatusPanel::checkUpgrade()
{
    const QString target = m_target->text().trimmed();
    if (!Version::parse(target)) {
        m_upgrade->setPlainText(tr("'%1' is not a PostHog version such as 1.44.0 or release-1.44.0").arg(target));
        return;
    }
    if (!m_snapshot.migrations) {
        m_upgrade->setPlainText(tr("The async migrations could not be read: %1").arg(m_snapshot.migrationsError.message));
        return;
    }
    UpgradePlanner::Input input {AdminChecks::versionInForce(m_snapshot, QString()), target, *m_snapshot.migrations,
                                 m_snapshot.overview, QString()};
    m_upgrade->setPlainText(
        UpgradePlanner::plan(input, AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn()).toText());
}

} // namespace phc
