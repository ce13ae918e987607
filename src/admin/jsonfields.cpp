#include "jsonfields.h"

#include <QCoreApplication>

#include <cmath>

namespace phc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("phc::JsonFields", text);
}

// Issues listed per answer; a list of a million bad rows costs no million messages.
constexpr int maxIssues = 200;

} // namespace

void JsonFields::error(const QString &path, const QString &message)
{
    if (m_issues.size() < maxIssues)
        m_issues.append({path, 0, 0, Severity::Error, message});
    else if (m_issues.size() == maxIssues)
        m_issues.append({QString(), 0, 0, Severity::Error, tr("more problems not listed")});
}

void JsonFields::warning(const QString &path, const QString &message)
{
    if (m_issues.size() < maxIssues)
        m_issues.append({path, 0, 0, Severity::Warning, message});
}

QString JsonFields::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonFields::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

std::optional<QJsonValue> JsonFields::value(const QJsonObject &obj, const QString &key, const QString &path,
                                            bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined()) {
        if (required)
            error(join(path, key), tr("is required"));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonFields::string(const QJsonObject &obj, const QString &key, const QString &path,
                                          bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        error(join(path, key), tr("must be a string"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<QString> JsonFields::nullableString(const QJsonObject &obj, const QString &key, const QString &path)
{
    const auto v = value(obj, key, path, false);
    if (!v || v->isNull())
        return QString();
    if (!v->isString()) {
        error(join(path, key), tr("must be a string or null"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<qint64> JsonFields::integer(const QJsonObject &obj, const QString &key, const QString &path,
                                          bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    // 2^53: beyond it a JSON number is no longer an exact integer.
    if (!v->isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
        error(join(path, key), tr("must be a whole number"));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<double> JsonFields::number(const QJsonObject &obj, const QString &key, const QString &path,
                                         bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        error(join(path, key), tr("must be a number"));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<bool> JsonFields::boolean(const QJsonObject &obj, const QString &key, const QString &path,
                                        bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        error(join(path, key), tr("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonArray> JsonFields::array(const QJsonObject &obj, const QString &key, const QString &path,
                                            bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        error(join(path, key), tr("must be a list"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> JsonFields::object(const QJsonObject &obj, const QString &key, const QString &path,
                                              bool required)
{
    const auto v = value(obj, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        error(join(path, key), tr("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

} // namespace phc
