#include "mainwindow.h"

#include "generate/bundle.h"
#include "generate/bundlewriter.h"
#include "profile/profileio.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace phc {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("PostHog Admin Console"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status = new QLabel(central);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Profile…"), this, &MainWindow::openProfile);
    open->setShortcut(QKeySequence::Open);
    QAction *exportAction = file->addAction(tr("&Export Files…"), this, &MainWindow::exportFiles);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto example = ProfileIO::parse(ProfileIO::exampleProfile());
    if (example.ok())
        setProfile(example.value());
    resize(1100, 760);
}

void MainWindow::setProfile(const DeploymentProfile &profile)
{
    m_profile = profile;
    refresh();
}

void MainWindow::refresh()
{
    m_tabs->clear();
    const auto bundle = Bundle::generate(m_profile);
    if (!bundle.ok()) {
        m_status->setText(tr("Profile “%1” has problems:\n%2")
                              .arg(m_profile.name, formatIssues(bundle.issues(), tr("profile"))));
        return;
    }
    m_status->setText(tr("Profile “%1”: %n file(s)", nullptr, int(bundle.value().size())).arg(m_profile.name));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const GeneratedFile &f : bundle.value()) {
        auto *view = new QPlainTextEdit(m_tabs);
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setPlainText(QString::fromUtf8(f.content));
        view->setAccessibleName(f.relativePath);
        m_tabs->addTab(view, f.relativePath);
    }
}

void MainWindow::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Profile"), QString(),
                                                      tr("Profiles (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    auto loaded = ProfileIO::loadFile(path);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Open Profile"), formatIssues(loaded.issues(), path));
        return;
    }
    setProfile(loaded.value());
}

void MainWindow::exportFiles()
{
    const auto bundle = Bundle::generate(m_profile);
    if (!bundle.ok())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Files To"));
    if (dir.isEmpty())
        return;
    auto overwrite = BundleWriter::Overwrite::Refuse;
    const QStringList existing = BundleWriter::existing(bundle.value(), dir);
    if (!existing.isEmpty()) {
        if (QMessageBox::question(this, tr("Overwrite Files?"),
                                  tr("These files exist and will be replaced:\n%1").arg(existing.join(u'\n')))
            != QMessageBox::Yes)
            return;
        overwrite = BundleWriter::Overwrite::Allow;
    }
    const auto written = BundleWriter::write(bundle.value(), dir, overwrite);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export Files"), formatIssues(written.issues(), dir));
    else
        m_status->setText(tr("%n file(s) written to %1", nullptr, int(written.value().size())).arg(dir));
}

} // namespace phc
