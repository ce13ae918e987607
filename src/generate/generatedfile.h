#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace phc {

// One file of a generated bundle. Content is final bytes (UTF-8, '\n').
struct GeneratedFile
{
    enum class Kind {
        Regular, // 0644
        Script,  // 0755
        Secret,  // 0600: may hold, or be filled in with, secret values
    };

    QString relativePath;
    QByteArray content;
    Kind kind = Kind::Regular;
    QString description; // one line for the runbook and the GUI

    int unixMode() const { return kind == Kind::Script ? 0755 : kind == Kind::Secret ? 0600 : 0644; }
    bool holdsSecret() const { return kind == Kind::Secret; }
};

using GeneratedFiles = QList<GeneratedFile>;

} // namespace phc
