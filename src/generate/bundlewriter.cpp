#include "bundlewriter.h"

#include "core/atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace phc {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("phc::BundleWriter", text); }
}

QStringList BundleWriter::existing(const GeneratedFiles &files, const QString &dir)
{
    QStringList out;
    const QDir base(dir);
    for (const GeneratedFile &f : files)
        if (QFileInfo::exists(base.filePath(f.relativePath)) || QFileInfo(base.filePath(f.relativePath)).isSymLink())
            out << f.relativePath;
    return out;
}

Result<QStringList> BundleWriter::write(const GeneratedFiles &files, const QString &dir, Overwrite overwrite)
{
    const QDir base(dir);
    Issues issues;
    for (const QString &rel : existing(files, dir)) {
        const QFileInfo info(base.filePath(rel));
        if (info.isSymLink() || info.isDir())
            issues.append({rel, 0, 0, Severity::Error, tr("%1 exists and is not a regular file; not replaced").arg(info.filePath())});
        else if (overwrite == Overwrite::Refuse)
            issues.append({rel, 0, 0, Severity::Error, tr("%1 exists; use --force to overwrite").arg(info.filePath())});
    }
    if (!issues.isEmpty())
        return Result<QStringList>::failure(issues);

    AtomicWriter writer;
    QStringList written;
    for (const GeneratedFile &f : files) {
        const QString path = QFileInfo(base.filePath(f.relativePath)).absoluteFilePath();
        if (!writer.stage(path, f.content, f.unixMode()))
            return Result<QStringList>::failure({{f.relativePath, 0, 0, Severity::Error, writer.error()}});
        written << path;
    }
    if (!writer.commit())
        return Result<QStringList>::failure({{QString(), 0, 0, Severity::Error, writer.error()}});
    return Result<QStringList>(written);
}

} // namespace phc
