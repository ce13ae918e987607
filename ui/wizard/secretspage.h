#pragma once

#include "wizardpage.h"

#include "secrets/deploymentsecrets.h"
#include "secrets/secretstore.h"

#include "ui_secretspage.h"

#include <QHash>
#include <QPointer>

namespace phc {

// The deployment's secret values: generated here or typed in, kept in the
// keychain under "<profile name>/<variable>", never in the profile. When no
// keychain answers, a banner says so and values live in memory for this run.
class SecretsPage : public WizardPage
{
    Q_OBJECT
public:
    SecretsPage(ProfileDocument *document, SecretStore *keychain, QWidget *parent = nullptr);
    QString title() const override { return tr("Secrets"); }
    QString subtitle() const override { return tr("SECRET_KEY and passwords, kept in the desktop keychain."); }
    void enter() override;

    // Current values by variable, for writing secrets.env at export.
    QHash<QString, QString> values() const { return m_values; }
    QList<DeploymentSecret> secrets() const;
    bool keychainAvailable() const { return m_keychainAvailable; }
    SecretStore *store() const;

    Ui::SecretsPage ui;

Q_SIGNALS:
    // Emitted when the keychain probe has answered and after each store operation.
    void storeStateChanged();

private:
    void probeKeychain();
    void showBanner(const QString &text);
    void reload();
    void fillTable();
    void selectRow(int row);
    void setValue(const QString &envVar, const QString &value);
    void generateFor(const DeploymentSecret &secret);
    QString currentVar() const;
    // Where a stored value now lives, for the table.
    QString whereStored() const;

    QPointer<SecretStore> m_keychain;
    SecretStore *m_memory;
    bool m_probed = false;
    bool m_keychainAvailable = false;
    QString m_loadedFor; // profile name whose values are loaded
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_state; // variable -> where its value lives, for the table
    int m_pending = 0;
};

} // namespace phc
