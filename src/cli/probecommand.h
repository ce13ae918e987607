#pragma once

#include <QStringList>

class QTextStream;

namespace phc::Cli {

// `posthog-console probe --url URL [--metrics-url URL | --prometheus URL]
//  [--probe PATH]... [--once | --watch SECONDS] [--json] ...`: rounds of the
// instance monitor, printed as text or one JSON object per line.
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phc::Cli
