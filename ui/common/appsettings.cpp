#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace phc {

namespace {

const QString recentKey = QStringLiteral("profiles/recent");
const QString exportKey = QStringLiteral("export/lastFolder");
const QString openKey = QStringLiteral("profiles/lastFolder");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

} // namespace

QStringList AppSettings::recentProfiles()
{
    return QSettings().value(recentKey).toStringList();
}

void AppSettings::addRecentProfile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProfiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecentFiles)
        list.removeLast();
    QSettings().setValue(recentKey, list);
}

void AppSettings::removeRecentProfile(const QString &path)
{
    QStringList list = recentProfiles();
    list.removeAll(path);
    QSettings().setValue(recentKey, list);
}

QString AppSettings::lastExportFolder()
{
    return QSettings().value(exportKey).toString();
}

void AppSettings::setLastExportFolder(const QString &folder)
{
    QSettings().setValue(exportKey, folder);
}

QString AppSettings::lastOpenFolder()
{
    return QSettings().value(openKey).toString();
}

void AppSettings::setLastOpenFolder(const QString &folder)
{
    QSettings().setValue(openKey, folder);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(geometryKey, geometry);
    s.setValue(stateKey, state);
}

} // namespace phc
