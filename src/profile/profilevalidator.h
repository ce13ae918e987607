#pragma once

#include "core/issue.h"
#include "deploymentprofile.h"

namespace phc {

// The rules a profile must satisfy before anything is generated from it.
// Works on the value alone, so the CLI (file with positions) and the GUI
// (no positions) get the same verdicts; positions are added where known.
class ProfileValidator
{
public:
    static Issues validate(const DeploymentProfile &profile);
    // The rules on every field that did read: a key with a loading error
    // (`loadIssues`, from ProfileIO::parseAll) and the rules that need it
    // are left out, rather than judged on the default that stands in for it.
    static Issues validate(const DeploymentProfile &profile, const Issues &loadIssues);
    // Everything wrong with a profile read by ProfileIO::parseAll: its loading issues, then the rules'.
    static Issues everyIssue(const Result<DeploymentProfile> &loaded);

    // Single-value rules, shared with the GUI's inline checks.
    static bool isDnsLabel(const QString &s, int maxLength = 63);
    static bool isDnsSubdomain(const QString &s);
    static bool isHostname(const QString &s);
    static bool isQuantity(const QString &s);
    static bool isDuration(const QString &s);
    static bool isSemver(const QString &s);
    static bool isImageTag(const QString &s);
    static bool isCorsOrigin(const QString &s);
    // host:port with a host name or IPv4 address and a port 1-65535.
    static bool isHostPort(const QString &s);
    // Why `s` is not a network in CIDR notation (address/prefix, IPv4 or
    // IPv6, no host bits set, a prefix above 0); empty when it is one.
    static QString cidrProblem(const QString &s);
};

} // namespace phc
