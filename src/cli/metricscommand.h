#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QTextStream;

namespace phc::Cli {

// `posthog-console metrics FILE|URL|- [--json] [--preset NAME] [--presets FILE]`
int runMetrics(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Fetches the body of a metrics URL for `metrics URL`, at most maxBytes;
// nullopt with `error` set on failure. Live fetching lives in the monitor
// module, which installs one; without it, URLs are refused.
using MetricsFetcher = std::function<std::optional<QByteArray>(const QUrl &url, qsizetype maxBytes, QString &error)>;
void setMetricsFetcher(MetricsFetcher fetcher);

} // namespace phc::Cli
