#pragma once

#include "monitor/connectionsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace phc {

class StringListEdit;

// Edits how the dashboard reaches an instance. The personal API key is
// typed here but goes to the secret store, never into the settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    // `where`: the store's name, said next to the field ("GNOME Keyring", "memory, for this run").
    void setApiKey(const QString &key, const QString &where);
    QString apiKey() const;

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *metricsUrlEdit() const { return m_metricsUrl; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    QLineEdit *m_baseUrl;
    StringListEdit *m_probes;
    QComboBox *m_source;
    QLineEdit *m_metricsUrl;
    QSpinBox *m_timeout;
    QSpinBox *m_interval;
    QSpinBox *m_window;
    QSpinBox *m_maxMiB;
    QLineEdit *m_caFile;
    StringListEdit *m_origins;
    QLineEdit *m_apiKey;
    QLabel *m_apiKeyWhere;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace phc
