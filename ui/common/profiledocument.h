#pragma once

#include "core/issue.h"
#include "profile/deploymentprofile.h"

#include <QObject>

#include <functional>

namespace phc {

// The profile the wizard edits: one value, its file, whether it has unsaved
// changes, and the engine's verdict on it. Every page edits it through edit();
// nothing else holds profile state.
class ProfileDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProfileDocument(QObject *parent = nullptr);

    bool hasProfile() const { return m_hasProfile; }
    const DeploymentProfile &profile() const { return m_profile; }
    QString filePath() const { return m_filePath; }
    bool isDirty() const { return m_dirty; }
    // Loading problems (from a file) and the validator's, for the current value.
    const Issues &issues() const { return m_issues; }
    Issues issuesUnder(const QStringList &pathPrefixes) const;
    static bool pathIsUnder(const QString &path, const QString &prefix);

    // A new current profile (new, opened or imported); dirty when not from a file.
    void reset(DeploymentProfile profile, const QString &filePath, bool dirty, Issues loadIssues = {});
    // Applies one change; no-op (no signal) when the value is unchanged.
    void edit(const std::function<void(DeploymentProfile &)> &change);
    // Writes the profile atomically; returns an error text or empty. A
    // profile read from a file is written as that file edited in place (only
    // the changed values; comments and layout kept), a new one canonically.
    QString saveAs(const QString &path);
    // Loads and checks a profile file; on success it becomes current.
    Issues open(const QString &path);

Q_SIGNALS:
    void changed();            // the value changed (edit, reset)
    void profileReplaced();    // a different profile became current (reset)
    void stateChanged();       // file path or dirty flag changed

private:
    void revalidate();

    DeploymentProfile m_profile;
    bool m_hasProfile = false;
    QString m_filePath;
    bool m_dirty = false;
    Issues m_loadIssues;
    Issues m_issues;
    // The file's text as last read or written, and the profile it reads as; empty for a new profile.
    QByteArray m_source;
    DeploymentProfile m_sourceProfile;
};

} // namespace phc
