#pragma once

#include <QStringList>

class QTextStream;

namespace phc::Cli {

// `posthog-console metrics FILE|URL|- [--json] [--preset NAME] [--presets FILE]
//  [--timeout SECONDS] [--ca-file FILE] [--max-bytes N]`
int runMetrics(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phc::Cli
