#include "dashboardview.h"

#include "common/palettecolors.h"
#include "common/profiledocument.h"
#include "connectiondialog.h"
#include "costpanel.h"
#include "diagnosticspanel.h"
#include "healthbadge.h"
#include "metricchartview.h"
#include "admin/admindemo.h"
#include "monitor/demoinstance.h"
#include "systemstatuspanel.h"
#include "monitor/diagnostics.h"
#include "monitor/httpfetcher.h"
#include "monitor/instancehealth.h"
#include "probespanel.h"
#include "secrets/memorysecretstore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace phc {

namespace {

const QString apiKeyName = QStringLiteral("POSTHOG_PERSONAL_API_KEY");
const QString presetsFileKey = QStringLiteral("monitor/presetsFile");

} // namespace

DashboardView::DashboardView(ProfileDocument *document, SecretStore *keychain, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_keychain(keychain),
      m_memory(new MemorySecretStore(this)),
      m_fetcher(new HttpFetcher(this)),
      m_monitor(new InstanceMonitor(m_fetcher, this)),
      m_diagnostics(new Diagnostics(m_fetcher, this)),
      m_target(new QLabel(this)),
      m_demoBadge(HealthBadge::create(QStringLiteral("demoBadge"), this)),
      m_health(HealthBadge::create(QStringLiteral("healthBadge"), this)),
      m_lastRound(new QLabel(this)),
      m_windowCombo(new QComboBox(this)),
      m_presetCombo(new QComboBox(this)),
      m_pause(new QPushButton(tr("&Pause"), this)),
      m_mapping(new QPushButton(tr("&Mapping"), this)),
      m_connection(new QPushButton(tr("&Connection..."), this)),
      m_demoButton(new QPushButton(tr("Watch the &demo instance"), this)),
      m_stack(new QStackedWidget(this)),
      m_tabs(new QTabWidget(this)),
      m_probes(new ProbesPanel(this)),
      m_cost(new CostPanel(this)),
      m_diagnosticsPanel(new DiagnosticsPanel(m_diagnostics, this)),
      m_systemStatus(new SystemStatusPanel(m_fetcher, this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_demoBadge->setText(tr("Demo data"));
    m_demoBadge->setToolTip(tr("Everything shown comes from the simulated instance started by --demo."));
    HealthBadge::paint(m_demoBadge, PaletteColors::warning(palette()));
    m_demoBadge->setVisible(false);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_windowCombo->setObjectName(QStringLiteral("chartWindow"));
    m_windowCombo->addItems({tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours")});
    m_windowCombo->setAccessibleName(tr("Chart window"));
    m_presetCombo->setObjectName(QStringLiteral("metricPreset"));
    m_presetCombo->setAccessibleName(tr("Metric names"));
    m_presetCombo->setToolTip(tr("Which metric names the key metrics are read from; automatic picks the preset "
                                 "with the most names present."));
    m_pause->setObjectName(QStringLiteral("pauseCharts"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the charts to look at them; watching goes on."));
    m_connection->setObjectName(QStringLiteral("editConnection"));
    m_mapping->setObjectName(QStringLiteral("metricMapping"));
    m_mapping->setToolTip(tr("Metric names, PromQL and thresholds of the key metrics: save a copy, edit it, load it."));
    auto *mappingMenu = new QMenu(m_mapping);
    mappingMenu->addAction(tr("&Load a mapping file..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load metric mapping"), QString(),
                                                          tr("YAML (*.yaml *.yml);;All files (*)"));
        if (path.isEmpty())
            return;
        const Issues issues = loadPresetsFile(path);
        if (!issues.isEmpty())
            QMessageBox::warning(this, tr("Metric mapping"), formatIssues(issues, path));
    });
    mappingMenu->addAction(tr("&Save a copy to edit..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save metric mapping"),
                                                          QStringLiteral("metric-presets.yaml"),
                                                          tr("YAML (*.yaml *.yml)"));
        if (path.isEmpty())
            return;
        if (const QString error = m_monitor->presets().saveFile(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Metric mapping"), error);
    });
    mappingMenu->addAction(tr("Use the &built-in mapping"), this, &DashboardView::useBuiltInPresets);
    m_mapping->setMenu(mappingMenu);
    m_demoButton->setObjectName(QStringLiteral("startDemo"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_health);
    bar->addWidget(m_demoBadge);
    bar->addWidget(m_target, 1);
    bar->addWidget(m_lastRound);
    bar->addWidget(new QLabel(tr("Metrics:"), this));
    bar->addWidget(m_presetCombo);
    bar->addWidget(m_mapping);
    bar->addWidget(m_windowCombo);
    bar->addWidget(m_pause);
    bar->addWidget(m_connection);

    // Health and metrics: probes on top, the four charts below.
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const KeyMetric key : allKeyMetrics) {
        auto *chart = new MetricChartView(key, charts);
        m_charts[size_t(key)] = chart;
        grid->addWidget(chart, int(key) / 2, int(key) % 2);
    }
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_probes);
    split->addWidget(charts);
    split->setStretchFactor(1, 3);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(split, tr("&Health and metrics"));
    m_tabs->addTab(m_cost, tr("C&ost and sizing"));
    m_tabs->addTab(m_diagnosticsPanel, tr("&Diagnostics"));
    m_tabs->addTab(m_systemStatus, tr("S&ystem status"));
    m_systemStatus->setChartWindow(windowMs(m_window));
    connect(m_systemStatus, &SystemStatusPanel::checkFailed, this, [this](const QString &title, const QString &message) {
        m_lastAlert = message;
        Q_EMIT alert(title, message);
    });
    connect(m_systemStatus, &SystemStatusPanel::instanceChanged, this, &DashboardView::updateHealth);

    // Nothing to watch yet: say how to start.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *hint = new QLabel(tr("<h3>No instance is watched</h3><p>Give the address of your PostHog instance, its probes and "
                               "where its metrics are (a /metrics endpoint reached through a port-forward, or a "
                               "Prometheus server).</p><p>Or watch the built-in demo instance: a simulated PostHog "
                               "with bursts of events, a queue that builds and drains, and latency histograms.</p>"),
                            empty);
    hint->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Set up a &connection..."), empty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(connectButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch(1);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(hint);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_monitor, &InstanceMonitor::probeUpdated, m_probes, &ProbesPanel::updateProbe);
    connect(m_monitor, &InstanceMonitor::roundFinished, this, &DashboardView::showStatus);
    connect(m_monitor, &InstanceMonitor::thresholdChanged, this, &DashboardView::onThreshold);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this](int i) { setWindow(Window(i)); });
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_monitor->setPresetChoice(m_presetCombo->currentData().toString());
    });
    connect(m_pause, &QPushButton::toggled, this, &DashboardView::setPaused);
    connect(m_connection, &QPushButton::clicked, this, &DashboardView::editConnection);
    connect(connectButton, &QPushButton::clicked, this, &DashboardView::editConnection);
    connect(m_demoButton, &QPushButton::clicked, this, &DashboardView::startDemo);
    if (m_document) {
        connect(m_document, &ProfileDocument::profileReplaced, this, &DashboardView::loadSavedConnection);
        connect(m_document, &ProfileDocument::changed, this, [this] {
            m_cost->setProfile(m_document->hasProfile() ? &m_document->profile() : nullptr);
        });
    }

    setPresets(MetricPresets::builtIn());
    if (const QString saved = QSettings().value(presetsFileKey).toString(); !saved.isEmpty())
        loadPresetsFile(saved); // a file that went bad leaves the built-in mapping in use
    m_cost->setComparison(m_monitor->costComparison());
    updateHealth();
    loadSavedConnection();
}

DashboardView::~DashboardView()
{
    m_monitor->stop();
    m_diagnostics->cancel();
}

void DashboardView::setClock(Clock clock)
{
    m_clock = clock;
    m_monitor->setClock(clock);
    m_systemStatus->setClock(clock);
    m_diagnostics->setClock(std::move(clock));
}

qint64 DashboardView::windowMs(Window window)
{
    switch (window) {
    case Window::FiveMinutes: return 5 * 60 * 1000;
    case Window::OneHour: return 60 * 60 * 1000;
    case Window::Day: return 24 * 60 * 60 * 1000;
    }
    return 0;
}

void DashboardView::setPresets(const MetricPresets &presets)
{
    m_monitor->setPresets(presets);
    const QString chosen = m_presetCombo->currentData().toString();
    const QSignalBlocker block(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("Automatic"), QString());
    for (const MetricPreset &p : presets.presets())
        m_presetCombo->addItem(p.title.isEmpty() ? p.name : p.title, p.name);
    m_presetCombo->setCurrentIndex(qMax(0, m_presetCombo->findData(chosen)));
    for (const KeyMetric key : allKeyMetrics)
        m_charts[size_t(key)]->setThreshold(presets.threshold(key));
}

Issues DashboardView::loadPresetsFile(const QString &path)
{
    auto loaded = MetricPresets::loadFile(path);
    if (!loaded.ok())
        return loaded.issues();
    setPresets(loaded.value());
    QSettings().setValue(presetsFileKey, path);
    m_mapping->setToolTip(tr("Key metrics read with %1").arg(QDir::toNativeSeparators(path)));
    return loaded.issues();
}

void DashboardView::useBuiltInPresets()
{
    setPresets(MetricPresets::builtIn());
    QSettings().remove(presetsFileKey);
    m_mapping->setToolTip(tr("Key metrics read with the built-in mapping"));
}

QString DashboardView::profileKey() const
{
    return m_document && m_document->hasProfile() && !m_document->profile().name.isEmpty() ? m_document->profile().name
                                                                                          : QStringLiteral("default");
}

SecretStore *DashboardView::secretStore() const
{
    return m_keychain && m_keychainUsable ? m_keychain.data() : static_cast<SecretStore *>(m_memory);
}

void DashboardView::loadSavedConnection()
{
    if (m_document)
        m_cost->setProfile(m_document->hasProfile() ? &m_document->profile() : nullptr);
    if (m_demo)
        return; // the demo stays until the user picks another connection
    QSettings settings;
    const QString profile = profileKey();
    if (!ConnectionSettings::savedProfiles(settings).contains(profile)) {
        stopWatching();
        return;
    }
    auto loaded = ConnectionSettings::load(settings, profile);
    applySettings(loaded.value(), false);
    secretStore()->read(SecretStore::keyFor(profile, apiKeyName), this, [this, profile](const SecretStore::Reply &r) {
        if (r.status == SecretStore::Status::Unavailable)
            m_keychainUsable = false;
        if (r.status == SecretStore::Status::Ok && profile == profileKey())
            useApiKey(r.value);
    });
}

void DashboardView::connectTo(const ConnectionSettings &settings, const QString &apiKey)
{
    m_demo.reset();
    applySettings(settings, true);
    if (apiKey.isEmpty())
        return;
    useApiKey(apiKey);
    const QString profile = profileKey();
    secretStore()->write(SecretStore::keyFor(profile, apiKeyName), apiKey, this,
                         [this, profile, apiKey](const SecretStore::Reply &r) {
                             if (r.status != SecretStore::Status::Unavailable)
                                 return;
                             // No keychain here: keep the key for this run.
                             m_keychainUsable = false;
                             m_memory->write(SecretStore::keyFor(profile, apiKeyName), apiKey, this,
                                             [](const SecretStore::Reply &) {});
                         });
}

bool DashboardView::startDemo()
{
    auto demo = std::make_unique<DemoInstance>();
    demo->setClock(m_clock);
    auto adminDemo = std::make_unique<AdminDemo>();
    adminDemo->mount(*demo);
    if (!demo->start()) {
        m_target->setText(tr("The demo instance could not start: %1").arg(demo->errorString()));
        return false;
    }
    const ConnectionSettings settings = demo->connectionSettings();
    m_demo = std::move(demo);
    m_adminDemo = std::move(adminDemo);
    applySettings(settings, false);
    useApiKey(QString::fromLatin1(DemoInstance::apiKey()));
    return true;
}

void DashboardView::useApiKey(const QString &key)
{
    m_apiKey = key;
    if (key.isEmpty())
        m_fetcher->clearCredentials();
    else
        m_fetcher->setCredentials(m_monitor->settings().baseUrl, key.toUtf8());
    if (m_document && m_document->hasProfile())
        m_systemStatus->setProfileImageTag(m_document->profile().cluster.imageTag);
    m_systemStatus->setConnection(m_monitor->settings().baseUrl, !key.isEmpty());
}

void DashboardView::setDemoLabels(bool demo)
{
    for (MetricChartView *c : m_charts)
        c->setDemo(demo);
    m_cost->setDemo(demo);
    m_diagnosticsPanel->setDemo(demo);
    m_systemStatus->setDemo(demo);
    m_demoBadge->setVisible(demo);
}

void DashboardView::applySettings(const ConnectionSettings &settings, bool save)
{
    setDemoLabels(m_demo != nullptr);
    m_monitor->stop();
    m_fetcher->clearCredentials();
    m_apiKey.clear();
    const QString problem = m_monitor->setSettings(settings);
    m_diagnosticsPanel->setSettings(settings);
    // Nothing of the previous instance stays: its checks (until a key is
    // given, none are read), its metrics' latest values and its cost.
    m_systemStatus->setConnection(settings.baseUrl, false);
    for (MetricChartView *chart : m_charts)
        chart->setLatest(std::nullopt, QString(), MetricThreshold::Level::Ok);
    m_cost->setProjection(std::nullopt);
    m_lastRound->clear();
    m_probeStatus.clear();
    m_probes->setProbes(m_monitor->status().probes);
    m_target->setText(problem.isEmpty() ? settings.baseUrl.toString()
                                        : settings.baseUrl.toString() + QStringLiteral(" · ") + problem);
    if (save) {
        QSettings s;
        settings.save(s, profileKey());
    }
    m_stack->setCurrentWidget(m_tabs);
    m_monitor->start();
    redrawCharts();
}

void DashboardView::stopWatching()
{
    m_monitor->stop();
    m_demo.reset();
    m_systemStatus->setConnection(QUrl(), false);
    setDemoLabels(false);
    m_stack->setCurrentIndex(0);
    m_target->setText(tr("not connected"));
    m_lastRound->clear();
    updateHealth();
}

void DashboardView::editConnection()
{
    ConnectionDialog dialog(this);
    // The instance being watched, the demo's too: the dialog edits what is shown.
    if (m_monitor->settings().baseUrl.isValid())
        dialog.setSettings(m_monitor->settings());
    dialog.setApiKey(m_demo ? QString() : m_apiKey,
                     secretStore() == m_keychain ? m_keychain->backendName() : tr("memory, for this run only"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectTo(dialog.settings(), dialog.apiKey());
}

void DashboardView::setPaused(bool paused)
{
    m_paused = paused;
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (!paused)
        redrawCharts();
}

void DashboardView::setWindow(Window window)
{
    m_window = window;
    const QSignalBlocker block(m_windowCombo);
    m_windowCombo->setCurrentIndex(int(window));
    m_systemStatus->setChartWindow(windowMs(window));
    redrawCharts();
}

void DashboardView::redrawCharts()
{
    const qint64 now = m_monitor->status().atMs > 0 ? m_monitor->status().atMs : m_clock();
    for (const KeyMetric key : allKeyMetrics)
        m_charts[size_t(key)]->showHistory(m_monitor->history(key), now, windowMs(m_window));
}

void DashboardView::showStatus(const InstanceStatus &status)
{
    for (const KeyMetric key : allKeyMetrics) {
        // The monitor has judged the limits: a key without a crossing is Ok.
        MetricThreshold::Level level = MetricThreshold::Level::Ok;
        for (const ThresholdCrossing &c : status.crossings)
            if (c.key == key)
                level = c.level;
        const std::optional<double> value = status.metrics.value(key);
        QString note;
        if (!value)
            note = status.metricsConfigured && !status.metricsError.isEmpty()
                       ? status.metricsError
                       : (status.metrics.readings.size() > int(key) ? status.metrics.readings[int(key)].note : QString());
        m_charts[size_t(key)]->setLatest(value, note, level);
    }
    if (!m_paused)
        redrawCharts();
    m_cost->setProjection(status.projection);
    updateHealth();
    if (status.atMs > 0)
        m_lastRound->setText(tr("updated %1").arg(QDateTime::fromMSecsSinceEpoch(status.atMs).toString(QStringLiteral("HH:mm:ss"))));
    // A probe that goes down is worth a notification; one that was never up is already on screen.
    m_probeStatus.resize(status.probes.size(), ProbeStatus::Unknown);
    for (qsizetype i = 0; i < status.probes.size(); ++i) {
        const ProbeStatus now = status.probes[i].last.status;
        if (now == ProbeStatus::Down && m_probeStatus[i] == ProbeStatus::Up) {
            m_lastAlert = tr("%1 is down: %2").arg(status.probes[i].path, status.probes[i].last.summary);
            Q_EMIT alert(tr("PostHog probe down"), m_lastAlert);
        }
        m_probeStatus[i] = now;
    }
}

void DashboardView::updateHealth()
{
    const InstanceStatus &status = m_monitor->status();
    const bool checksRead = m_systemStatus->isConnected();
    const AdminStatus &checks = m_systemStatus->status();
    const bool watching = m_stack->currentWidget() == m_tabs;
    const InstanceHealth health = watching ? instanceHealth(status, checksRead ? &checks : nullptr) : InstanceHealth::Unknown;
    const bool read = watching && (m_monitor->rounds() > 0 || m_systemStatus->rounds() > 0);
    QStringList why;
    for (const ProbeState &p : status.probes)
        if (p.last.status != ProbeStatus::Up && p.checks > 0)
            why << p.path + QStringLiteral(": ") + p.last.summary;
    for (const ThresholdCrossing &c : status.crossings)
        why << MetricChartView::title(c.key) + QStringLiteral(": ") + MetricChartView::format(c.key, c.value);
    if (!status.metricsError.isEmpty())
        why << tr("metrics: %1").arg(status.metricsError);
    if (checksRead) {
        if (!checks.error.isEmpty())
            why << tr("System status: %1").arg(checks.error);
        for (const AdminCheck &c : checks.checks)
            if (c.level != AdminCheckLevel::Pass)
                why << tr("%1 (%2): %3").arg(c.id, adminCheckLevelName(c.level), c.message);
    }
    HealthBadge::show(m_health, health, read, why.join(u'\n'));
    m_systemStatus->setInstanceHealth(health, read, why.join(u'\n'));
}

void DashboardView::onThreshold(KeyMetric key, MetricThreshold::Level level, double value)
{
    if (level != MetricThreshold::Level::Critical)
        return;
    m_lastAlert = tr("%1 is past its critical limit: %2").arg(MetricChartView::title(key), MetricChartView::format(key, value));
    Q_EMIT alert(tr("PostHog metric critical"), m_lastAlert);
}

} // namespace phc
