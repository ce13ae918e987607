#pragma once

#include "admin/adminclient.h"
#include "admin/adminstandin.h"

#include <QtGlobal>

namespace phctest {

// A snapshot of what the stand-in in `state` answers, read by the real reader.
inline phc::AdminSnapshot snapshotOf(const phc::AdminStandInState &state)
{
    phc::AdminSnapshot s;
    auto parsed = phc::InstanceStatusReader::parseOverview(phc::AdminStandIn::overviewJson(state));
    if (!parsed.ok())
        qFatal("the stand-in's overview does not read: %s", qPrintable(phc::formatIssues(parsed.issues(), u"json"_qs)));
    s.overview = parsed.take();
    s.migrations = state.migrations;
    return s;
}

} // namespace phctest
