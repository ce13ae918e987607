#include "issue.h"

#include <algorithm>

namespace phc {

QString Issue::format(const QString &file) const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    out += QStringLiteral(": ");
    if (!path.isEmpty())
        out += path + QStringLiteral(": ");
    if (severity == Severity::Warning)
        out += QStringLiteral("warning: ");
    return out + message;
}

bool hasErrors(const Issues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const Issue &i) { return i.severity == Severity::Error; });
}

bool isPathUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size() || prefix.isEmpty())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

QString formatIssues(const Issues &issues, const QString &file)
{
    QString out;
    for (const Issue &issue : issues)
        out += issue.format(file) + u'\n';
    return out;
}

} // namespace phc
