#pragma once

// Drives the real main window the way a user does: clicks, typing, Enter.

#include "testpaths.h"
#include "common/profiledocument.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "wizard/exportpage.h"
#include "wizard/reviewpage.h"
#include "wizard/startpage.h"
#include "wizard/wizardpage.h"
#include "wizard/wizardview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace phcuitest {

inline void isolateSettings()
{
    // Suites run side by side (ctest -j) and Qt's test-mode settings live
    // under $HOME: each suite gets a home of its own, or one suite's clear()
    // empties another's recent profiles in the middle of a test.
    static QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    phc::setApplicationIdentity();
    QSettings().clear();
}

// Enter where the keyboard focus is (falls back to the wizard itself).
inline void pressEnter(phc::WizardView *wizard)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || !wizard->isAncestorOf(target))
        target = wizard;
    QTest::keyClick(target, Qt::Key_Return);
}

// Replaces the text of a line edit or spin box by typing, as a user does.
inline void retype(QWidget *editor, const QString &text)
{
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
}

// Clicks where a user would: the middle of a button, the box of a check box.
inline void clickLeft(QWidget *w)
{
    const QPoint at = qobject_cast<QCheckBox *>(w) ? QPoint(std::min(8, w->width() / 2), w->height() / 2) : w->rect().center();
    QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, at);
}

// Shows the window and starts from the guide's example, by mouse.
inline bool startWithExample(phc::MainWindow &w)
{
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    clickLeft(w.wizard()->startPage()->ui.newExampleButton);
    return w.document()->hasProfile();
}

// Every regular file under dir: relative path -> (content, permissions).
inline QMap<QString, std::pair<QByteArray, QFile::Permissions>> filesUnder(const QString &dir)
{
    QMap<QString, std::pair<QByteArray, QFile::Permissions>> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(dir).relativeFilePath(path), {f.readAll(), f.permissions()});
    }
    return out;
}

inline bool runCli(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(phctest::cliPath(), args);
    if (!p.waitForFinished(60000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Answers every message box that opens with `button` (until stopped); counts them.
class BoxAnswerer : public QObject
{
public:
    explicit BoxAnswerer(QMessageBox::StandardButton button) : m_button(button)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++count;
            texts << box->text();
            QAbstractButton *b = box->button(m_button);
            if (b)
                QTest::mouseClick(b, Qt::LeftButton);
            else
                box->reject();
        });
        m_timer.start();
    }
    void setButton(QMessageBox::StandardButton b) { m_button = b; }
    int count = 0;
    QStringList texts;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace phcuitest
