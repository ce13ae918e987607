#pragma once

#include "issue.h"

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace phc {

// The top-level object of a JSON answer; nullopt after one issue: a syntax
// error with its line and column, or a document that is not an object.
std::optional<QJsonObject> parseJsonObject(QByteArrayView json, Issues &issues);

} // namespace phc
