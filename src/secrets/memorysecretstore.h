#pragma once

#include "secretstore.h"

#include <QHash>

namespace phc {

// Secrets for this run only: the store of a session without a keychain, and
// of tests that are not about the keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QString backendName() const override;
    bool isPersistent() const override { return false; }
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    void probe(QObject *context, Callback done) override;

private:
    QHash<QString, QString> m_values;
};

} // namespace phc
