// The window under --lang de: the engine's validation messages and Qt's own
// buttons read German, as the window's own strings do.
#include "wizardtestsupport.h"

#include "wizard/clusterpage.h"
#include "wizard/startpage.h"

#include <QLabel>
#include <QLineEdit>

using namespace phc;
using namespace phcuitest;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")).startsWith(u"de"));
    }

    void validationMessagesReadGerman()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        WizardView *wizard = w.wizard();
        wizard->goTo(1);
        retype(wizard->clusterPage()->ui.namespaceEdit, QString());
        auto *message = wizard->clusterPage()->findChild<QLabel *>(QStringLiteral("namespaceEditMessage"));
        QVERIFY(message);
        QCOMPARE(message->text(), QStringLiteral("ist erforderlich"));
        QCOMPARE(wizard->reasonLabel()->text(), QStringLiteral("1 Problem auf dieser Seite zu beheben: Namespace ist erforderlich"));
        retype(wizard->clusterPage()->ui.namespaceEdit, QStringLiteral("Kein Label"));
        QVERIFY2(message->text().contains(QStringLiteral("ist kein DNS-1123-Label")), qPrintable(message->text()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void closeDialogButtonsReadGerman()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        QStringList buttons;
        QTimer::singleShot(0, this, [&buttons] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (auto b : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                buttons << (box->button(b) ? box->button(b)->text().remove(u'&') : QString());
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QVERIFY(!w.close());
        QCOMPARE(buttons, (QStringList {QStringLiteral("Speichern"), QStringLiteral("Verwerfen"), QStringLiteral("Abbrechen")}));
        w.document()->reset(w.document()->profile(), QString(), false);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
