#include "promapireader.h"

#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::PromApiReader)
};

QString tr(const char *text) { return Text::tr(text); }

class Reader
{
public:
    Issues issues;
    int droppedErrors = 0;
    int droppedWarnings = 0;

    void error(const QString &path, const QString &message) { add({path, 0, 0, Severity::Error, message}); }
    void warning(const QString &path, const QString &message) { add({path, 0, 0, Severity::Warning, message}); }

    void add(Issue issue)
    {
        if (issues.size() < PromApiReader::maxIssues)
            issues.append(std::move(issue));
        else
            ++(issue.severity == Severity::Error ? droppedErrors : droppedWarnings);
    }

    // The count of what was not listed, as one last issue.
    void finish()
    {
        if (droppedErrors + droppedWarnings > 0)
            issues.append({QString(), 0, 0, droppedErrors > 0 ? Severity::Error : Severity::Warning,
                           Text::tr("%1 more problems not listed").arg(droppedErrors + droppedWarnings)});
    }

    std::optional<QString> string(const QJsonObject &obj, const QString &key, const QString &path)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined()) {
            error(path, Text::tr("is required"));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(path, Text::tr("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<PromPoint> point(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray() || v.toArray().size() != 2) {
            error(path, Text::tr("must be a [timestamp, \"value\"] pair"));
            return std::nullopt;
        }
        const QJsonArray pair = v.toArray();
        PromPoint p;
        const QJsonValue ts = pair.at(0);
        // The limit keeps milliseconds inside a 64-bit integer.
        const double seconds = ts.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!ts.isDouble() || !std::isfinite(seconds) || std::fabs(seconds) > 9.0e12) {
            error(path + QStringLiteral("[0]"), Text::tr("must be a finite timestamp in seconds"));
            return std::nullopt;
        }
        p.timestampMs = std::llround(seconds * 1000.0);
        if (!pair.at(1).isString()) {
            error(path + QStringLiteral("[1]"), Text::tr("must be the sample value as a string"));
            return std::nullopt;
        }
        const auto value = PromApiReader::parseValue(pair.at(1).toString());
        if (!value) {
            error(path + QStringLiteral("[1]"), Text::tr("is not a number: \"%1\"").arg(pair.at(1).toString().left(40)));
            return std::nullopt;
        }
        p.value = *value;
        return p;
    }

    std::optional<QList<std::pair<QString, QString>>> labels(const QJsonObject &sample, const QString &path)
    {
        const QJsonValue v = sample.value(u"metric");
        if (!v.isObject()) {
            error(path, v.isUndefined() ? Text::tr("is required") : Text::tr("must be an object of label names to values"));
            return std::nullopt;
        }
        QList<std::pair<QString, QString>> out;
        const QJsonObject metric = v.toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it) {
            if (it.key().isEmpty() || !it.value().isString()) {
                error(path + u'.' + it.key(), Text::tr("label values must be strings with a non-empty name"));
                return std::nullopt;
            }
            out.append({it.key(), it.value().toString()});
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void vector(const QJsonArray &result, PromApiResponse &out)
    {
        for (qsizetype i = 0; i < result.size(); ++i) {
            const QString path = QStringLiteral("data.result[%1]").arg(i);
            if (!result.at(i).isObject()) {
                error(path, Text::tr("must be an object"));
                continue;
            }
            const QJsonObject sample = result.at(i).toObject();
            auto l = labels(sample, path + QStringLiteral(".metric"));
            if (!l)
                continue;
            if (!sample.contains(u"value") && sample.contains(u"histogram")) {
                warning(path, Text::tr("native histogram sample skipped"));
                continue;
            }
            auto p = point(sample.value(u"value"), path + QStringLiteral(".value"));
            if (p)
                out.series.append({*l, {*p}});
        }
    }

    void matrix(const QJsonArray &result, PromApiResponse &out)
    {
        for (qsizetype i = 0; i < result.size(); ++i) {
            const QString path = QStringLiteral("data.result[%1]").arg(i);
            if (!result.at(i).isObject()) {
                error(path, Text::tr("must be an object"));
                continue;
            }
            const QJsonObject series = result.at(i).toObject();
            auto l = labels(series, path + QStringLiteral(".metric"));
            if (!l)
                continue;
            if (series.contains(u"histograms"))
                warning(path, Text::tr("native histogram samples skipped"));
            const QJsonValue values = series.value(u"values");
            if (values.isUndefined() && series.contains(u"histograms"))
                continue;
            if (!values.isArray()) {
                error(path + QStringLiteral(".values"), Text::tr("must be an array of [timestamp, \"value\"] pairs"));
                continue;
            }
            PromSeries s{*l, {}};
            const QJsonArray points = values.toArray();
            s.points.reserve(points.size());
            bool good = true;
            for (qsizetype j = 0; j < points.size() && good; ++j) {
                auto p = point(points.at(j), path + QStringLiteral(".values[%1]").arg(j));
                good = p.has_value();
                if (p)
                    s.points.append(*p);
            }
            if (good)
                out.series.append(std::move(s));
        }
    }
};

} // namespace

QString promResultTypeName(PromResultType type)
{
    switch (type) {
    case PromResultType::Vector: return QStringLiteral("vector");
    case PromResultType::Matrix: return QStringLiteral("matrix");
    case PromResultType::Scalar: return QStringLiteral("scalar");
    case PromResultType::String: return QStringLiteral("string");
    case PromResultType::None: break;
    }
    return QString();
}

QString PromSeries::label(const QString &name) const
{
    for (const auto &[key, value] : labels)
        if (key == name)
            return value;
    return QString();
}

std::optional<double> PromApiReader::parseValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;

    // [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
    char buf[65];
    qsizetype n = 0, i = 0;
    const auto at = [&text](qsizetype k) { return k < text.size() ? text[k].unicode() : char16_t(0); };
    const auto digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    if (at(i) == u'+' || at(i) == u'-') {
        if (at(i) == u'-')
            buf[n++] = '-';
        ++i;
    }
    qsizetype mantissaDigits = 0;
    while (digit(at(i))) {
        buf[n++] = char(at(i++));
        ++mantissaDigits;
    }
    if (at(i) == u'.') {
        buf[n++] = '.';
        ++i;
        while (digit(at(i))) {
            buf[n++] = char(at(i++));
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return std::nullopt;
    if (at(i) == u'e' || at(i) == u'E') {
        buf[n++] = 'e';
        ++i;
        if (at(i) == u'+' || at(i) == u'-')
            buf[n++] = char(at(i++));
        if (!digit(at(i)))
            return std::nullopt;
        while (digit(at(i)))
            buf[n++] = char(at(i++));
    }
    if (i != text.size())
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(buf, buf + n, value);
    if (ec != std::errc() || end != buf + n)
        return std::nullopt;
    return value;
}

Result<PromApiResponse> PromApiReader::parse(QByteArrayView json)
{
    Issues syntax;
    const auto parsed = parseJsonObject(json, syntax);
    if (!parsed)
        return Result<PromApiResponse>::failure(syntax);

    Reader r;
    PromApiResponse out;
    const QJsonObject &root = *parsed;
    const auto status = r.string(root, QStringLiteral("status"), QStringLiteral("status"));
    if (status && *status != u"success" && *status != u"error")
        r.error(QStringLiteral("status"), tr("must be \"success\" or \"error\""));

    const QJsonValue warnings = root.value(u"warnings");
    if (!warnings.isUndefined()) {
        if (!warnings.isArray()) {
            r.error(QStringLiteral("warnings"), tr("must be an array of strings"));
        } else {
            const QJsonArray list = warnings.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list.at(i).isString())
                    out.warnings.append(list.at(i).toString());
                else
                    r.error(QStringLiteral("warnings[%1]").arg(i), tr("must be a string"));
            }
        }
    }

    if (status == u"error") {
        const auto type = r.string(root, QStringLiteral("errorType"), QStringLiteral("errorType"));
        const auto message = r.string(root, QStringLiteral("error"), QStringLiteral("error"));
        out.errorType = type.value_or(QString());
        out.error = message.value_or(QString());
    } else if (status == u"success") {
        out.success = true;
        const QJsonValue data = root.value(u"data");
        if (!data.isObject()) {
            r.error(QStringLiteral("data"), data.isUndefined() ? tr("is required") : tr("must be an object"));
        } else {
            const QJsonObject d = data.toObject();
            const auto type = r.string(d, QStringLiteral("resultType"), QStringLiteral("data.resultType"));
            const QJsonValue result = d.value(u"result");
            if (type) {
                for (PromResultType t : {PromResultType::Vector, PromResultType::Matrix, PromResultType::Scalar,
                                         PromResultType::String})
                    if (*type == promResultTypeName(t))
                        out.resultType = t;
                if (out.resultType == PromResultType::None)
                    r.error(QStringLiteral("data.resultType"), tr("unknown result type \"%1\"").arg(type->left(40)));
            }
            const QString path = QStringLiteral("data.result");
            switch (out.resultType) {
            case PromResultType::Vector:
            case PromResultType::Matrix:
                if (!result.isArray())
                    r.error(path, result.isUndefined() ? tr("is required") : tr("must be an array"));
                else if (out.resultType == PromResultType::Vector)
                    r.vector(result.toArray(), out);
                else
                    r.matrix(result.toArray(), out);
                break;
            case PromResultType::Scalar:
                if (auto p = r.point(result, path))
                    out.scalar = *p;
                break;
            case PromResultType::String:
                if (!result.isArray() || result.toArray().size() != 2 || !result.toArray().at(1).isString()) {
                    r.error(path, tr("must be a [timestamp, \"string\"] pair"));
                } else {
                    const QJsonArray pair = result.toArray();
                    // Reuse the timestamp rules with a harmless value.
                    if (auto p = r.point(QJsonArray{pair.at(0), QStringLiteral("0")}, path))
                        out.stringPoint = *p;
                    out.stringValue = pair.at(1).toString();
                }
                break;
            case PromResultType::None:
                break;
            }
        }
    }

    r.finish();
    if (hasErrors(r.issues))
        return Result<PromApiResponse>::failure(r.issues);
    return Result<PromApiResponse>(std::move(out), r.issues);
}

} // namespace phc
