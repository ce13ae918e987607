#include "versionrange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::VersionRange", text); }

// "11.0.0" -> "11.0", "22.8.11" stays: trailing zeros after the minor say nothing.
QString shortText(const Version &v)
{
    QList<int> parts = v.parts();
    while (parts.size() > 2 && parts.last() == 0)
        parts.removeLast();
    return Version(parts).toString(2);
}

} // namespace

std::optional<VersionRange> VersionRange::parse(const QString &spec, QString *error)
{
    static const QList<std::pair<QString, Op>> ops = {
        {QStringLiteral(">="), Op::GreaterEqual}, {QStringLiteral("<="), Op::LessEqual},
        {QStringLiteral("=="), Op::Equal},        {QStringLiteral("!="), Op::NotEqual},
        {QStringLiteral(">"), Op::Greater},       {QStringLiteral("<"), Op::Less},
    };
    VersionRange range;
    range.m_spec = spec.trimmed();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (range.m_spec.isEmpty())
        return fail(tr("a version range must not be empty"));
    for (const QString &raw : range.m_spec.split(u',')) {
        const QString clause = raw.trimmed();
        Clause c;
        qsizetype opLength = 0;
        for (const auto &[text, op] : ops) {
            if (clause.startsWith(text)) {
                c.op = op;
                opLength = text.size();
                break;
            }
        }
        if (opLength == 0)
            return fail(tr("'%1' does not start with one of >=, <=, >, <, ==, !=").arg(clause));
        const QString number = clause.mid(opLength).trimmed();
        static const QRegularExpression digits(QStringLiteral(R"(^\d+(\.\d+)*$)"));
        const auto v = digits.match(number).hasMatch() ? Version::parse(number) : std::nullopt;
        if (!v)
            return fail(tr("'%1' is not a version like 14.1.0").arg(number));
        c.version = v->semver();
        range.m_clauses << c;
    }
    return range;
}

bool VersionRange::contains(const Version &version) const
{
    const Version v = version.semver();
    for (const Clause &c : m_clauses) {
        const auto cmp = v <=> c.version;
        bool ok = false;
        switch (c.op) {
        case Op::Less: ok = cmp < 0; break;
        case Op::LessEqual: ok = cmp <= 0; break;
        case Op::Greater: ok = cmp > 0; break;
        case Op::GreaterEqual: ok = cmp >= 0; break;
        case Op::Equal: ok = cmp == 0; break;
        case Op::NotEqual: ok = cmp != 0; break;
        }
        if (!ok)
            return false;
    }
    return true;
}

QString VersionRange::text() const
{
    std::optional<Clause> lower, upper;
    QStringList other;
    for (const Clause &c : m_clauses) {
        switch (c.op) {
        case Op::Greater:
        case Op::GreaterEqual: lower = c; break;
        case Op::Less:
        case Op::LessEqual: upper = c; break;
        case Op::Equal: other << tr("exactly %1").arg(c.version.toString(3)); break;
        case Op::NotEqual: other << tr("not %1").arg(c.version.toString(3)); break;
        }
    }
    QString bounds;
    const auto low = [](const Clause &c) {
        return c.op == Op::GreaterEqual ? tr("%1 or later").arg(shortText(c.version))
                                        : tr("later than %1").arg(c.version.toString(3));
    };
    if (lower && upper && lower->op == Op::GreaterEqual && upper->op == Op::LessEqual)
        bounds = tr("%1 to %2").arg(shortText(lower->version), shortText(upper->version));
    else if (lower && upper)
        bounds = upper->op == Op::Less ? tr("%1, below %2").arg(low(*lower), shortText(upper->version))
                                       : tr("%1, up to %2").arg(low(*lower), shortText(upper->version));
    else if (lower)
        bounds = low(*lower);
    else if (upper)
        bounds = upper->op == Op::Less ? tr("below %1").arg(shortText(upper->version))
                                       : tr("up to %1").arg(shortText(upper->version));
    if (!bounds.isEmpty())
        other.prepend(bounds);
    return other.join(QStringLiteral(", "));
}

} // namespace phc
