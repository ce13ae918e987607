#pragma once

#include <QStringList>

class QTextStream;

namespace phc::Cli {

// `posthog-console set --profile FILE KEY=VALUE|KEY- ...`: edits the profile
// in place, changing only the lines of the keys given.
int runSet(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phc::Cli
