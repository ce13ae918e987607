#pragma once

#include <QStringList>

class QTextStream;

namespace phc::Cli {

// `posthog-console status --url URL [--json] ...`: PostHog's own System
// status as checks; exits as monitoring plugins do (0 healthy, 1 degraded,
// 2 down, 3 no verdict).
int runStatus(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `posthog-console migrations --url URL [--json]` lists the async
// migrations; with --trigger/--resume/--rollback/--force-stop NAME and
// --yes it sends that one action.
int runMigrations(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `posthog-console upgrade-check --url URL (--to VERSION | --profile FILE)
// [--json]`: go (0) or blocked (1), with the steps.
int runUpgradeCheck(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phc::Cli
