#include "profiledocument.h"

#include "core/atomicwriter.h"
#include "core/yamlreader.h"
#include "profile/profileeditor.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"

namespace phc {

ProfileDocument::ProfileDocument(QObject *parent) : QObject(parent) { }

bool ProfileDocument::pathIsUnder(const QString &path, const QString &prefix)
{
    return !prefix.isEmpty() && isPathUnder(path, prefix);
}

Issues ProfileDocument::issuesUnder(const QStringList &pathPrefixes) const
{
    Issues out;
    for (const Issue &issue : m_issues)
        for (const QString &prefix : pathPrefixes)
            if (pathIsUnder(issue.path, prefix)) {
                out.append(issue);
                break;
            }
    return out;
}

void ProfileDocument::reset(DeploymentProfile profile, const QString &filePath, bool dirty, Issues loadIssues)
{
    m_profile = std::move(profile);
    m_hasProfile = true;
    m_filePath = filePath;
    m_dirty = dirty;
    m_loadIssues = std::move(loadIssues);
    m_source.clear();
    m_sourceProfile = DeploymentProfile();
    revalidate();
    Q_EMIT profileReplaced();
    Q_EMIT changed();
    Q_EMIT stateChanged();
}

void ProfileDocument::edit(const std::function<void(DeploymentProfile &)> &change)
{
    if (!m_hasProfile)
        return;
    DeploymentProfile next = m_profile;
    change(next);
    if (next == m_profile)
        return;
    // Positions describe the file as read; after an edit they no longer do.
    next.positions.clear();
    m_profile = std::move(next);
    const bool wasDirty = m_dirty;
    m_dirty = true;
    revalidate();
    Q_EMIT changed();
    if (!wasDirty)
        Q_EMIT stateChanged();
}

QString ProfileDocument::saveAs(const QString &path)
{
    QByteArray text;
    if (m_source.isEmpty()) {
        text = ProfileIO::serialize(m_profile).toUtf8();
    } else {
        auto edited = ProfileEditor::save(m_source, m_sourceProfile, m_profile);
        if (!edited.ok())
            return formatIssues(edited.issues(), path).trimmed();
        text = edited.take();
    }
    const QString error = AtomicWriter::writeFile(path, text, 0644);
    if (!error.isEmpty())
        return error;
    m_source = text;
    m_sourceProfile = m_profile;
    m_filePath = path;
    m_dirty = false;
    Q_EMIT stateChanged();
    return {};
}

Issues ProfileDocument::open(const QString &path)
{
    Issues readIssues;
    const auto text = readYamlFile(path, readIssues);
    if (!text)
        return readIssues;
    auto loaded = ProfileIO::parse(*text);
    if (!loaded.ok())
        return loaded.issues();
    const Issues warnings = loaded.issues();
    reset(loaded.take(), path, false, warnings);
    m_source = *text;
    m_sourceProfile = m_profile;
    return warnings;
}

void ProfileDocument::revalidate()
{
    m_issues = m_loadIssues + ProfileValidator::validate(m_profile);
}

} // namespace phc
