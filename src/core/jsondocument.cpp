#include "jsondocument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace phc {

std::optional<QJsonObject> parseJsonObject(QByteArrayView json, Issues &issues)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const QByteArrayView before = json.first(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        issues.append({QString(), line, column, Severity::Error,
                       QCoreApplication::translate("phc::Json", "not valid JSON: %1").arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        issues.append({QString(), 0, 0, Severity::Error,
                       QCoreApplication::translate("phc::Json", "the answer must be a JSON object")});
        return std::nullopt;
    }
    return doc.object();
}

} // namespace phc
