#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace phc {

// Where secrets live: the desktop keychain, or memory for this run only.
// Asynchronous because the keychain is (it may ask the user to unlock).
// Values pass through here and nowhere else: never a profile, QSettings or log.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain reachable (no D-Bus session, no Secret Service)
        Failed,      // reachable but refused (locked, denied, ...)
    };
    struct Reply
    {
        Status status = Status::Ok;
        QString value; // the secret, for a successful read
        QString error; // for the user; never contains the value
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;
    ~SecretStore() override;

    // Shown to the user: "GNOME Keyring / KWallet (Secret Service)", "memory".
    virtual QString backendName() const = 0;
    // False when values are lost at exit.
    virtual bool isPersistent() const = 0;

    // Each callback runs later, on context's thread, once; never synchronously.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // Answers whether this store works here, without touching stored values.
    virtual void probe(QObject *context, Callback done) = 0;

    // "<profile name>/<secret>", the key every store uses.
    static QString keyFor(const QString &profileName, const QString &secretName);
    // The service name under which keychain entries are filed.
    static QString serviceName();
};

} // namespace phc
