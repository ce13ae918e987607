// With no D-Bus session the keychain cannot be reached: the store must say
// so promptly (not hang, not crash) so the application can fall back.
#include "secrets/keychainsecretstore.h"

#include <QTest>

using namespace phc;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeReportsUnavailable()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        KeychainSecretStore store;
        std::optional<SecretStore::Reply> reply;
        store.probe(this, [&](const SecretStore::Reply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QCOMPARE(reply->status, SecretStore::Status::Unavailable);
        QVERIFY(!reply->error.isEmpty());
    }

    void writeFailsWithoutTouchingDisk()
    {
        KeychainSecretStore store;
        std::optional<SecretStore::Reply> reply;
        store.write(QStringLiteral("p/SECRET"), QStringLiteral("value"), this, [&](const SecretStore::Reply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
        QVERIFY(reply->status != SecretStore::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
