#include "instancestatus.h"

#include "admin/jsonfields.h"
#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::InstanceStatusReader)
};

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("…");
}

std::optional<StatusSubrows> readSubrows(JsonFields &f, const QJsonObject &obj, const QString &path)
{
    StatusSubrows out;
    const auto columns = f.array(obj, QStringLiteral("columns"), path, true);
    const auto rows = f.array(obj, QStringLiteral("rows"), path, true);
    if (!columns || !rows)
        return std::nullopt;
    for (qsizetype i = 0; i < columns->size(); ++i) {
        if (!columns->at(i).isString()) {
            f.error(JsonFields::index(JsonFields::join(path, QStringLiteral("columns")), i), Text::tr("must be a string"));
            return std::nullopt;
        }
        out.columns.append(columns->at(i).toString());
    }
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QString rowPath = JsonFields::index(JsonFields::join(path, QStringLiteral("rows")), i);
        if (!rows->at(i).isArray()) {
            f.error(rowPath, Text::tr("must be a list of cells"));
            return std::nullopt;
        }
        QStringList cells;
        for (const QJsonValue &cell : rows->at(i).toArray())
            cells.append(cellText(cell));
        out.rows.append(cells);
    }
    return out;
}

std::optional<StatusRow> readRow(JsonFields &f, const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        f.error(path, Text::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject obj = v.toObject();
    StatusRow row;
    const auto key = f.string(obj, QStringLiteral("key"), path, false);
    const auto metric = f.string(obj, QStringLiteral("metric"), path, true);
    if (!metric)
        return std::nullopt;
    row.key = key.value_or(QString());
    row.metric = *metric;
    const QJsonValue value = obj.value(u"value");
    if (value.isArray() || value.isObject()) {
        f.error(JsonFields::join(path, QStringLiteral("value")), Text::tr("must be a boolean, a number or a string"));
        return std::nullopt;
    }
    row.value = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    if (obj.contains(u"subrows")) {
        const auto sub = f.object(obj, QStringLiteral("subrows"), path, false);
        if (!sub)
            return std::nullopt;
        row.subrows = readSubrows(f, *sub, JsonFields::join(path, QStringLiteral("subrows")));
        if (!row.subrows)
            return std::nullopt;
    }
    return row;
}

QList<RunningQuery> readQueries(JsonFields &f, const QJsonObject &results, const QString &key, double secondsPerUnit)
{
    QList<RunningQuery> out;
    const QString path = JsonFields::join(QStringLiteral("results"), key);
    const auto list = f.array(results, key, QStringLiteral("results"), false);
    if (!list)
        return out;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString rowPath = JsonFields::index(path, i);
        if (!list->at(i).isObject()) {
            f.error(rowPath, Text::tr("must be an object"));
            continue;
        }
        const QJsonObject obj = list->at(i).toObject();
        RunningQuery q;
        q.query = f.string(obj, QStringLiteral("query"), rowPath, true).value_or(QString());
        q.state = f.nullableString(obj, QStringLiteral("state"), rowPath).value_or(QString());
        const QJsonValue d = obj.value(u"duration");
        if (d.isDouble())
            q.durationSeconds = d.toDouble() * secondsPerUnit;
        else if (d.isString())
            q.durationSeconds = StatusValues::durationSeconds(d.toString());
        out.append(q);
    }
    return out;
}

std::optional<double> scaledSize(QStringView number, QStringView unit, const QStringList &units)
{
    bool ok = false;
    const double value = number.toDouble(&ok);
    const qsizetype power = units.indexOf(unit.toString());
    if (!ok || power < 0 || value < 0 || !std::isfinite(value))
        return std::nullopt;
    return value * std::pow(1024.0, double(power));
}

} // namespace

QString StatusRow::valueText() const
{
    return cellText(value);
}

const StatusRow *InstanceOverview::byKey(QStringView key) const
{
    for (const StatusRow &row : rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

const StatusRow *InstanceOverview::byMetric(QStringView metric) const
{
    for (const StatusRow &row : rows)
        if (row.metric.compare(metric, Qt::CaseInsensitive) == 0)
            return &row;
    return nullptr;
}

std::optional<bool> InstanceOverview::flag(QStringView key, QStringView metric) const
{
    for (const StatusRow &row : rows)
        if (row.key == key && (metric.isEmpty() || row.metric.compare(metric, Qt::CaseInsensitive) == 0))
            return row.value.isBool() ? std::optional<bool>(row.value.toBool()) : std::nullopt;
    return std::nullopt;
}

QString InstanceOverview::posthogVersion() const
{
    const StatusRow *row = byKey(u"posthog_version");
    return row && row->value.isString() ? row->value.toString() : QString();
}

QString InstanceOverview::helmValue(QStringView key) const
{
    const StatusRow *row = byKey(u"helm");
    if (!row || !row->subrows)
        return QString();
    for (const QStringList &cells : row->subrows->rows)
        if (cells.size() >= 2 && cells.at(0) == key)
            return cells.at(1);
    return QString();
}

std::optional<double> StatusValues::readableSizeBytes(QStringView text)
{
    static const QStringList units {QStringLiteral("B"),   QStringLiteral("KiB"), QStringLiteral("MiB"),
                                    QStringLiteral("GiB"), QStringLiteral("TiB"), QStringLiteral("PiB"),
                                    QStringLiteral("EiB")};
    const QStringView t = text.trimmed();
    const qsizetype space = t.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    return scaledSize(t.first(space), t.sliced(space + 1).trimmed(), units);
}

std::optional<double> StatusValues::redisSizeBytes(QStringView text)
{
    // Redis writes "123B", "1.50K", "400.00M"...; PostHog appends a "B".
    static const QStringList units {QStringLiteral("B"), QStringLiteral("K"), QStringLiteral("M"),
                                    QStringLiteral("G"), QStringLiteral("T"), QStringLiteral("P"),
                                    QStringLiteral("E")};
    QStringView t = text.trimmed();
    if (t.size() < 3 || !t.endsWith(u'B'))
        return std::nullopt;
    t.chop(1);
    return scaledSize(t.first(t.size() - 1), t.last(1), units);
}

std::optional<QString> StatusValues::postgresVersion(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    int n[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        n[i] = parts[i].toInt(&ok);
        if (!ok || n[i] < 0)
            return std::nullopt;
    }
    // Since PostgreSQL 10 the integer is major*10000 + minor: the middle part is always 0.
    if (n[0] >= 10) {
        if (n[1] != 0)
            return std::nullopt;
        return QStringLiteral("%1.%2").arg(n[0]).arg(n[2]);
    }
    return QStringLiteral("%1.%2.%3").arg(n[0]).arg(n[1]).arg(n[2]);
}

std::optional<QDateTime> StatusValues::utcTimestamp(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const QString fraction = QString(m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(),
                     fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime at(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        const int offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
        at = at.addSecs(zone.startsWith(u'-') ? offset : -offset);
    }
    return at;
}

std::optional<double> StatusValues::durationSeconds(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(-?\d+) )?(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d+)?)$)"));
    const auto m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    double seconds = m.capturedView(4).toDouble();
    // "HH:MM:SS": with one colon part it is minutes, with two hours and minutes.
    if (m.hasCaptured(2) && m.hasCaptured(3))
        seconds += m.capturedView(2).toDouble() * 3600 + m.capturedView(3).toDouble() * 60;
    else if (m.hasCaptured(2))
        seconds += m.capturedView(2).toDouble() * 60;
    if (m.hasCaptured(1))
        seconds += m.capturedView(1).toDouble() * 86400;
    return seconds;
}

Result<InstanceOverview> InstanceStatusReader::parseOverview(QByteArrayView json)
{
    Issues issues;
    const auto root = parseJsonObject(json, issues);
    if (!root)
        return Result<InstanceOverview>::failure(issues);
    JsonFields f(issues);
    InstanceOverview out;
    const auto results = f.object(*root, QStringLiteral("results"), QString(), true);
    const auto overview = results ? f.array(*results, QStringLiteral("overview"), QStringLiteral("results"), true)
                                  : std::nullopt;
    if (overview) {
        for (qsizetype i = 0; i < overview->size(); ++i)
            if (auto row = readRow(f, overview->at(i), JsonFields::index(QStringLiteral("results.overview"), i)))
                out.rows.append(*row);
    }
    if (hasErrors(issues))
        return Result<InstanceOverview>::failure(issues);
    return Result<InstanceOverview>(std::move(out), issues);
}

Result<InstanceQueries> InstanceStatusReader::parseQueries(QByteArrayView json)
{
    Issues issues;
    const auto root = parseJsonObject(json, issues);
    if (!root)
        return Result<InstanceQueries>::failure(issues);
    JsonFields f(issues);
    InstanceQueries out;
    if (const auto results = f.object(*root, QStringLiteral("results"), QString(), true)) {
        out.postgresRunning = readQueries(f, *results, QStringLiteral("postgres_running"), 1);
        out.clickhouseRunning = readQueries(f, *results, QStringLiteral("clickhouse_running"), 1);
        // query_log's query_duration_ms
        out.clickhouseSlowLog = readQueries(f, *results, QStringLiteral("clickhouse_slow_log"), 0.001);
    }
    if (hasErrors(issues))
        return Result<InstanceQueries>::failure(issues);
    return Result<InstanceQueries>(std::move(out), issues);
}

} // namespace phc
