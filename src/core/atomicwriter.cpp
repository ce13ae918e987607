#include "atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::AtomicWriter", text); }

QFileDevice::Permissions permissionsFor(int mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400) p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200) p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0100) p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (mode & 0040) p |= QFileDevice::ReadGroup;
    if (mode & 0020) p |= QFileDevice::WriteGroup;
    if (mode & 0010) p |= QFileDevice::ExeGroup;
    if (mode & 0004) p |= QFileDevice::ReadOther;
    if (mode & 0002) p |= QFileDevice::WriteOther;
    if (mode & 0001) p |= QFileDevice::ExeOther;
    return p;
}

} // namespace

AtomicWriter::AtomicWriter() = default;

AtomicWriter::~AtomicWriter() { cancel(); }

bool AtomicWriter::stage(const QString &path, const QByteArray &content, int unixMode)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("%1: cannot create folder %2").arg(path, info.absolutePath());
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    // The temporary file is created 0600; the final mode is set before any
    // byte is written, so a secret is never readable by others, not even
    // for a moment.
    if (!file->open(QIODevice::WriteOnly) || !file->setPermissions(permissionsFor(unixMode))
        || file->write(content) != content.size()) {
        m_error = tr("%1: %2").arg(path, file->errorString());
        file->cancelWriting();
        return false;
    }
    m_files.push_back(std::move(file));
    return true;
}

bool AtomicWriter::commit()
{
    bool ok = true;
    for (auto &file : m_files) {
        if (ok && !file->commit()) {
            m_error = tr("%1: %2").arg(file->fileName(), file->errorString());
            ok = false;
        } else if (!ok) {
            file->cancelWriting();
        }
    }
    m_files.clear();
    return ok;
}

void AtomicWriter::cancel()
{
    for (auto &file : m_files)
        file->cancelWriting();
    m_files.clear();
}

QString AtomicWriter::writeFile(const QString &path, const QByteArray &content, int unixMode)
{
    AtomicWriter w;
    if (!w.stage(path, content, unixMode) || !w.commit())
        return w.error();
    return {};
}

} // namespace phc
