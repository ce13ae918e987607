#pragma once

#include "secretstore.h"

namespace phc {

// The desktop keychain through QtKeychain (Secret Service on Linux: GNOME
// Keyring, KWallet). Entries are filed under SecretStore::serviceName().
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, const QString &service = serviceName());

    QString backendName() const override;
    bool isPersistent() const override { return true; }
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    // Reads an entry that never exists: "not found" means the keychain works.
    void probe(QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace phc
