// Fuzz target: the readers of PostHog's admin API (instance status, its
// queries, async migration pages, their errors, action answers, DRF error
// bodies) and the checks over whatever overview reads. Any input gives a
// value or issues, never a crash; what reads holds only PostHog's values.
#include "fuzzsupport.h"

#include "admin/adminchecks.h"
#include "admin/asyncmigrations.h"
#include "admin/instancestatus.h"
#include "admin/upgradeplanner.h"
#include "compat/servicerequirements.h"

#include <cstdint>

using namespace phc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *target = "fuzz_adminapi";
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto overview = InstanceStatusReader::parseOverview(json);
    phcfuzz::require(overview.ok() || hasErrors(overview.issues()), target, "an overview failure without an error");
    if (overview.ok()) {
        AdminSnapshot snapshot;
        snapshot.overview = overview.value();
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1667470500, Qt::UTC);
        const AdminStatus status = AdminChecks::evaluate(snapshot, AdminThresholds(), now, {});
        phcfuzz::require(status.checks.size() == AdminChecks::ids().size(), target, "a check is missing");
        for (const AdminCheck &c : status.checks) {
            phcfuzz::require(AdminChecks::ids().contains(c.id), target, "a check of no known id", c.id);
            phcfuzz::require(!c.message.isEmpty(), target, "a check without a message", c.id);
            if (c.id == u"clickhouseDiskFree" && c.value)
                phcfuzz::require(*c.value >= 0 && *c.value <= 1, target, "a free fraction outside 0..1");
            if (c.id == u"ingestionLagSeconds" && c.value)
                phcfuzz::require(*c.value >= 0, target, "a negative ingestion lag");
            // Healthy only on evidence: every check ran and passed.
            if (status.verdict == AdminVerdict::Healthy)
                phcfuzz::require(c.level == AdminCheckLevel::Pass, target, "healthy with a check that did not pass", c.id);
        }
        if (status.verdict == AdminVerdict::NoVerdict)
            phcfuzz::require(status.unknownCount() == status.checks.size(), target, "no verdict beside a known check");
        // Unknown checks come first.
        bool known = false;
        for (const AdminCheck &c : status.checks) {
            if (c.level != AdminCheckLevel::Unknown)
                known = true;
            else
                phcfuzz::require(!known, target, "an unknown check after a known one", c.id);
        }
        (void)overview.value().helmValue(u"release_name");
    }

    const auto queries = InstanceStatusReader::parseQueries(json);
    phcfuzz::require(queries.ok() || hasErrors(queries.issues()), target, "a queries failure without an error");

    const auto page = AsyncMigrationReader::parsePage(json);
    phcfuzz::require(page.ok() || hasErrors(page.issues()), target, "a page failure without an error");
    if (page.ok())
        for (const AsyncMigration &m : page.value().results) {
            phcfuzz::require(int(m.status) >= 0 && int(m.status) <= 6, target, "a status PostHog does not have");
            phcfuzz::require(m.progress >= 0 && m.progress <= 100, target, "a progress outside 0..100");
            phcfuzz::require(!migrationStatusName(m.status).isEmpty(), target, "a status without a name");
        }
    if (page.ok()) {
        // PostHog's migrate job stops on a Running, Starting or Errored
        // migration whatever the target: never "go" beside one.
        bool stops = false;
        for (const AsyncMigration &m : page.value().results)
            stops = stops || m.status == MigrationStatus::Running || m.status == MigrationStatus::Starting
                 || m.status == MigrationStatus::Errored;
        for (const char *targetVersion : {"1.43.1", "1.46.0", "1.40.0"}) {
            const UpgradePlan plan = UpgradePlanner::plan(
                {QStringLiteral("1.43.0"), QString::fromLatin1(targetVersion), page.value().results, std::nullopt, QString()},
                AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn());
            phcfuzz::require(!(stops && plan.go()), target, "go beside a migration that stops the migrate job");
            if (qstrcmp(targetVersion, "1.40.0") == 0)
                phcfuzz::require(!plan.go(), target, "go for a downgrade");
        }
        const UpgradePlan unknownCurrent = UpgradePlanner::plan({QString(), QStringLiteral("1.44.0"), page.value().results,
                                                                std::nullopt, QString()},
                                                               AsyncMigrationCatalog::builtIn(), ServiceRequirements::builtIn());
        phcfuzz::require(!unknownCurrent.go(), target, "go without the running version");
    }

    const auto errors = AsyncMigrationReader::parseErrors(json);
    phcfuzz::require(errors.ok() || hasErrors(errors.issues()), target, "an errors failure without an error");
    const auto answer = AsyncMigrationReader::parseActionAnswer(json);
    phcfuzz::require(answer.ok() || hasErrors(answer.issues()), target, "an answer failure without an error");
    phcfuzz::require(AsyncMigrationReader::errorDetail(json).size() <= 500, target, "an error detail past its cap");
    return 0;
}
