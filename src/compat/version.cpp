#include "version.h"

#include <QRegularExpression>

namespace phc {

std::optional<Version> Version::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(?:[A-Za-z][A-Za-z0-9_]*-|[vV])?(\d+(?:\.\d+)*)(?:$|[\s(+~-]))"));
    const QString owned = text.toString();
    const auto match = pattern.match(owned);
    if (!match.hasMatch())
        return std::nullopt;
    QList<int> parts;
    for (const QStringView part : match.capturedView(1).split(u'.')) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        parts << n;
    }
    return Version(std::move(parts));
}

Version Version::semver() const
{
    QList<int> parts = m_parts.mid(0, 3);
    while (parts.size() < 3)
        parts << 0;
    return Version(std::move(parts));
}

QString Version::toString(int minParts) const
{
    QStringList out;
    for (const int p : m_parts)
        out << QString::number(p);
    while (out.size() < minParts)
        out << QStringLiteral("0");
    return out.join(u'.');
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    const qsizetype n = std::max(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int x = a.m_parts.value(i, 0);
        const int y = b.m_parts.value(i, 0);
        if (x != y)
            return x <=> y;
    }
    return std::strong_ordering::equal;
}

} // namespace phc
