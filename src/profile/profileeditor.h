#pragma once

#include "core/issue.h"
#include "core/yamledit.h"
#include "deploymentprofile.h"

#include <QByteArray>
#include <QList>

namespace phc {

// Profiles are the user's files: saving one that came from a file changes
// only the values that changed (core/yamledit), keeping every comment, blank
// line, key order and quoting of the rest. Keys the file does not have yet
// go where the starter profile places them.
namespace ProfileEditor {

// The edits that turn `before` into `after`: each key whose canonical value
// (ProfileIO::serialize) differs, is new, or is gone.
QList<YamlChange> changesBetween(const DeploymentProfile &before, const DeploymentProfile &after);

// Applies edits to a profile's text, new keys in the starter profile's order.
Result<QByteArray> edit(const QByteArray &text, const QList<YamlChange> &changes);

// The text of a file that reads as `before`, edited to read as `after`; an
// error when the result would not read back as `after`.
Result<QByteArray> save(const QByteArray &text, const DeploymentProfile &before, const DeploymentProfile &after);

} // namespace ProfileEditor

} // namespace phc
