#pragma once

#include "core/issue.h"
#include "generatedfile.h"

#include <QStringList>

namespace phc {

// Writes a bundle below a folder. Nothing is written when any target exists
// and overwriting was not allowed, or when any file cannot be staged.
class BundleWriter
{
public:
    enum class Overwrite { Refuse, Allow };

    // Paths (relative) that already exist below `dir`.
    static QStringList existing(const GeneratedFiles &files, const QString &dir);

    // Returns the absolute paths written, or the problems.
    static Result<QStringList> write(const GeneratedFiles &files, const QString &dir, Overwrite overwrite);
};

} // namespace phc
