// Against the real Secret Service: gnome-keyring in a private D-Bus session
// (tests/support/with-keyring.sh starts it).
#include "secrets/keychainsecretstore.h"

#include <QTest>

using namespace phc;

namespace {

SecretStore::Reply call(const std::function<void(SecretStore::Callback)> &op)
{
    std::optional<SecretStore::Reply> reply;
    op([&](const SecretStore::Reply &r) { reply = r; });
    // Generous: the first call starts gnome-keyring through D-Bus activation.
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20000))
        return {SecretStore::Status::Failed, {}, QStringLiteral("no answer within 20 s")};
    return *reply;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (ctest does), which starts the Secret Service");
        KeychainSecretStore store;
        const auto probe = call([&](auto done) { store.probe(this, done); });
        QVERIFY2(probe.status == SecretStore::Status::Ok, qPrintable(probe.error));
    }

    void writeReadRemove()
    {
        KeychainSecretStore store;
        const QString key = SecretStore::keyFor(QStringLiteral("tst-profile"), QStringLiteral("POSTHOG_SECRET_KEY"));
        const QString value = QStringLiteral("0123456789abcdef-ünïcode");
        QCOMPARE(call([&](auto done) { store.write(key, value, this, done); }).status, SecretStore::Status::Ok);

        // A second store (as after a restart) reads what the first wrote.
        KeychainSecretStore again;
        const auto read = call([&](auto done) { again.read(key, this, done); });
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, value);

        // Entries are filed under the service name: another service does not see them.
        KeychainSecretStore other(nullptr, QStringLiteral("posthog-console-other"));
        QCOMPARE(call([&](auto done) { other.read(key, this, done); }).status, SecretStore::Status::NotFound);

        QCOMPARE(call([&](auto done) { store.remove(key, this, done); }).status, SecretStore::Status::Ok);
        QCOMPARE(call([&](auto done) { store.read(key, this, done); }).status, SecretStore::Status::NotFound);
    }

    void missingEntryIsNotFound()
    {
        KeychainSecretStore store;
        const auto read = call([&](auto done) { store.read(QStringLiteral("never/written"), this, done); });
        QCOMPARE(read.status, SecretStore::Status::NotFound);
        QVERIFY(read.value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
