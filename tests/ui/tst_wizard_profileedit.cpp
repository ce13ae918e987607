// Save keeps the user's file: a comment-rich profile opened in the wizard,
// one field changed through its widget and saved, differs only in that line.
#include "wizardtestsupport.h"

#include "common/appsettings.h"
#include "profile/profileio.h"
#include "secrets/memorysecretstore.h"
#include "testsupport.h"
#include "wizard/clusterpage.h"
#include "wizard/sizingpage.h"
#include "wizard/startpage.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace phc;
using namespace phcuitest;

namespace {


// File > Save, as the menu runs it.
void triggerSave(MainWindow &w)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Save)) {
            a->trigger();
            return;
        }
    QFAIL("no Save action");
}

} // namespace

class TestWizardProfileEdit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_scratch;

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void saveChangesOnlyTheEditedLines()
    {
        const QByteArray original = phctest::readFile(phctest::testDataDir() + QStringLiteral("/profiles/commented.yaml"));
        const QString path = m_scratch.filePath(QStringLiteral("shop.yaml"));
        QFile::remove(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        AppSettings::addRecentProfile(path);

        MemorySecretStore secrets;
        MainWindow w(&secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardView *wizard = w.wizard();
        QListWidget *recent = wizard->startPage()->ui.recentList;
        QCOMPARE(recent->count(), 1);
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, Qt::NoModifier, recent->visualItemRect(recent->item(0)).center());
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(w.document()->filePath(), path);
        QCOMPARE(wizard->currentIndex(), 1);

        // One field: only its line changes, its quotes stay.
        retype(wizard->clusterPage()->ui.imageTagEdit, QStringLiteral("release-1.44.0"));
        QVERIFY(w.document()->isDirty());
        triggerSave(w);
        QVERIFY(!w.document()->isDirty());
        QCOMPARE(phctest::changedLines(original, phctest::readFile(path)),
                 (QStringList {QStringLiteral("-        imageTag: \"release-1.43.0\""),
                               QStringLiteral("+        imageTag: \"release-1.44.0\"")}));

        // A key the file does not have goes where the starter places it; a second save edits the saved file.
        retype(wizard->clusterPage()->ui.storageClassEdit, QStringLiteral("gp3"));
        wizard->goTo(4);
        retype(wizard->sizingPage()->ui.monthlyEventsSpin, QStringLiteral("5000000"));
        triggerSave(w);
        QCOMPARE(phctest::changedLines(original, phctest::readFile(path)),
                 (QStringList {QStringLiteral("-        imageTag: \"release-1.43.0\""),
                               QStringLiteral("+        imageTag: \"release-1.44.0\""),
                               QStringLiteral("+        storageClass: gp3"),
                               QStringLiteral("-        monthlyEvents: 2500000   # from last quarter's numbers"),
                               QStringLiteral("+        monthlyEvents: 5000000   # from last quarter's numbers")}));
        QCOMPARE(phctest::profileFrom(phctest::readFile(path)), w.document()->profile());
    }

    // A profile that never had a file is written canonically, as before.
    void newProfileIsCanonical()
    {
        MemorySecretStore secrets;
        MainWindow w(&secrets);
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        const QString path = m_scratch.filePath(QStringLiteral("new.yaml"));
        QVERIFY(w.document()->saveAs(path).isEmpty());
        QCOMPARE(QString::fromUtf8(phctest::readFile(path)), ProfileIO::serialize(w.document()->profile()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }
};

QTEST_MAIN(TestWizardProfileEdit)
#include "tst_wizard_profileedit.moc"
