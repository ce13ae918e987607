// No D-Bus session, so no keychain: the Secrets step says so plainly, keeps
// values for this run only, and nothing lands in a file unless exported.
#include "wizardtestsupport.h"

#include "secrets/keychainsecretstore.h"
#include "testsupport.h"
#include "wizard/secretspage.h"
#include "wizard/startpage.h"

#include <QLabel>

using namespace phc;
using namespace phcuitest;

class TestWizardNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        isolateSettings();
    }

    void bannerAndSessionOnlyValues()
    {
        KeychainSecretStore keychain;
        MainWindow w(&keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardView *wizard = w.wizard();
        clickLeft(wizard->startPage()->ui.newExampleButton);
        wizard->goTo(6);
        SecretsPage *secrets = wizard->secretsPage();
        QTRY_VERIFY_WITH_TIMEOUT(secrets->ui.keychainBanner->isVisible(), 10000);
        QVERIFY(!secrets->keychainAvailable());
        QVERIFY(secrets->ui.keychainBanner->text().contains(QStringLiteral("No keychain")));
        QVERIFY(secrets->ui.keychainBanner->text().contains(QStringLiteral("this session only")));
        QVERIFY(!secrets->store()->isPersistent());

        clickLeft(secrets->ui.generateMissingButton);
        QTRY_COMPARE(secrets->values().size(), 4);
        const QString key = secrets->values().value(QStringLiteral("POSTHOG_SECRET_KEY"));
        QCOMPARE(key.size(), 64);
        // The table shows where values live.
        QTRY_VERIFY(secrets->ui.secretsTable->item(0, 3)->text().contains(QStringLiteral("this session")));
        QVERIFY(!secrets->ui.secretsTable->item(0, 3)->text().contains(key)); // masked

        // Saved profile and settings hold none of it.
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.yaml"));
        QVERIFY(w.document()->saveAs(profile).isEmpty());
        QSettings().sync();
        QVERIFY(!phctest::readFile(profile).contains(key.toUtf8()));
        QFile settings(QSettings().fileName());
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(key.toUtf8()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void noKeychainOptionNeedsNoProbe()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        w.wizard()->goTo(6);
        SecretsPage *secrets = w.wizard()->secretsPage();
        QVERIFY(secrets->ui.keychainBanner->isVisible());
        QVERIFY(!secrets->keychainAvailable());
        w.document()->reset(w.document()->profile(), QString(), false);
    }
};

QTEST_MAIN(TestWizardNoKeychain)
#include "tst_wizard_nokeychain.moc"
