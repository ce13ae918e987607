#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QSaveFile;

namespace phc {

// Writes several files all-or-nothing as far as the file system allows:
// every file is first written in full to a temporary file beside its
// target (QSaveFile), with its final mode already set, and only when all
// are written are they renamed into place. A failure before that leaves
// every target as it was.
class AtomicWriter
{
public:
    AtomicWriter();
    ~AtomicWriter();

    // Stages one file; false and error() on failure.
    bool stage(const QString &path, const QByteArray &content, int unixMode);
    // Renames every staged file into place.
    bool commit();
    void cancel();
    QString error() const { return m_error; }

    // One file, the same way.
    static QString writeFile(const QString &path, const QByteArray &content, int unixMode);

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QString m_error;
};

} // namespace phc
