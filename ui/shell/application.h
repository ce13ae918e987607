#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace phc {

// Starts the desktop application; returns its exit code. When no display
// can be reached, says so in one line (pointing to the CLI and xvfb-run)
// instead of letting Qt abort.
int runGui(int argc, char *argv[]);

// True when a platform plugin can be expected to start.
bool displayAvailable();

// Installs the translation for `language` ("de", "en", ...; empty: the
// system locale) from the resources. Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language);

// The languages the interface is translated into ("de", "en"), from the resources.
QStringList availableLanguages();

// Sets the application's names used by QSettings and the window system.
void setApplicationIdentity();

} // namespace phc
