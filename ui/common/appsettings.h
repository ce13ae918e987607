#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace phc {

// What the application remembers between runs (QSettings): recent profiles,
// folders, window geometry. Never a secret.
namespace AppSettings {

constexpr int maxRecentFiles = 8;

QStringList recentProfiles();
void addRecentProfile(const QString &path);
void removeRecentProfile(const QString &path);

QString lastExportFolder();
void setLastExportFolder(const QString &folder);
QString lastOpenFolder();
void setLastOpenFolder(const QString &folder);

QByteArray windowGeometry();
QByteArray windowState();
void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

} // namespace AppSettings

} // namespace phc
