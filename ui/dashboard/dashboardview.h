#pragma once

#include "metrics/metricpresets.h"
#include "monitor/clock.h"
#include "monitor/connectionsettings.h"
#include "monitor/instancemonitor.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace phc {

class CostPanel;
class AdminDemo;
class DemoInstance;
class SystemStatusPanel;
class Diagnostics;
class DiagnosticsPanel;
class HttpFetcher;
class MemorySecretStore;
class MetricChartView;
class ProbesPanel;
class ProfileDocument;
class SecretStore;

// The live view of a running instance: a status line, the health probes,
// one chart per key metric, cost against the scaling table, and the
// troubleshooting checks. Networking is asynchronous and parsing happens
// off the GUI thread (InstanceMonitor); the connection is saved per profile
// in the settings, the API key in the secret store.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Window { FiveMinutes, OneHour, Day };

    // `keychain` may be null: the API key then lives in memory for this run.
    DashboardView(ProfileDocument *document, SecretStore *keychain, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Before anything is watched: the clock for the monitor and the demo.
    void setClock(Clock clock);

    // Watches `settings` now; the key, when given, goes to the store and the fetcher.
    void connectTo(const ConnectionSettings &settings, const QString &apiKey = QString());
    // Starts the embedded simulated instance and watches it, labelled "Demo data".
    bool startDemo();
    void stopWatching();
    bool isDemo() const { return m_demo != nullptr; }
    DemoInstance *demo() const { return m_demo.get(); }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setWindow(Window window);
    Window window() const { return m_window; }
    static qint64 windowMs(Window window);
    void setPresets(const MetricPresets &presets);
    // Loads an edited metric mapping (presets and thresholds); remembered in
    // the settings. Returns the problems, with key paths and positions.
    Issues loadPresetsFile(const QString &path);
    void useBuiltInPresets();

    void editConnection(); // the connection dialog

    InstanceMonitor *monitor() const { return m_monitor; }
    MetricChartView *chart(KeyMetric key) const { return m_charts[size_t(key)]; }
    ProbesPanel *probesPanel() const { return m_probes; }
    CostPanel *costPanel() const { return m_cost; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnosticsPanel; }
    SystemStatusPanel *systemStatusPanel() const { return m_systemStatus; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *healthLabel() const { return m_health; }
    QLabel *demoLabel() const { return m_demoBadge; }
    QComboBox *presetCombo() const { return m_presetCombo; }
    QComboBox *windowCombo() const { return m_windowCombo; }
    QPushButton *pauseButton() const { return m_pause; }
    QString lastAlert() const { return m_lastAlert; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

Q_SIGNALS:
    // A key metric crossed its critical limit or a probe went down: for a
    // desktop notification.
    void alert(const QString &title, const QString &message);

private:
    void applySettings(const ConnectionSettings &settings, bool save);
    void setDemoLabels(bool demo);
    void loadSavedConnection();
    void showStatus(const InstanceStatus &status);
    void redrawCharts();
    // The one instance health (instanceHealth()), in the header and on the System status tab.
    void updateHealth();
    void onThreshold(KeyMetric key, MetricThreshold::Level level, double value);
    void useApiKey(const QString &key);
    SecretStore *secretStore() const;
    QString profileKey() const;

    ProfileDocument *m_document;
    QPointer<SecretStore> m_keychain;
    MemorySecretStore *m_memory;
    bool m_keychainUsable = true;
    HttpFetcher *m_fetcher;
    InstanceMonitor *m_monitor;
    Diagnostics *m_diagnostics;
    std::unique_ptr<AdminDemo> m_adminDemo; // before m_demo: it outlives the demo that calls it
    std::unique_ptr<DemoInstance> m_demo;
    Clock m_clock = systemClock();

    QLabel *m_target;
    QLabel *m_demoBadge;
    QLabel *m_health;
    QLabel *m_lastRound;
    QComboBox *m_windowCombo;
    QComboBox *m_presetCombo;
    QPushButton *m_pause;
    QPushButton *m_mapping;
    QPushButton *m_connection;
    QPushButton *m_demoButton;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    ProbesPanel *m_probes;
    std::array<MetricChartView *, allKeyMetrics.size()> m_charts {};
    CostPanel *m_cost;
    DiagnosticsPanel *m_diagnosticsPanel;
    SystemStatusPanel *m_systemStatus;

    Window m_window = Window::FiveMinutes;
    bool m_paused = false;
    QString m_lastAlert;
    QString m_apiKey; // only to hand to the connection dialog again
    QList<ProbeStatus> m_probeStatus; // per probe, to alert when one goes down
};

} // namespace phc
