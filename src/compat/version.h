#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace phc {

// A dotted version number of a service or of PostHog itself: "14.5",
// "22.8.11.15", "1.43.0", or an image tag such as "release-1.43.0".
class Version
{
public:
    Version() = default;
    explicit Version(QList<int> parts) : m_parts(std::move(parts)) { }

    // Accepts an optional prefix ending in a letter, dash or 'v' before the
    // first digit ("release-", "v"), and ignores what follows the numbers
    // the way PostHog does ("14.5 (Debian 14.5-1)", "6.2.6-alpine").
    // nullopt when there is no leading number or a part is not a number.
    static std::optional<Version> parse(QStringView text);

    const QList<int> &parts() const { return m_parts; }
    bool isNull() const { return m_parts.isEmpty(); }
    // The first three parts, missing ones as 0: PostHog turns every service
    // version into major.minor.patch before comparing (22.8.11.15 -> 22.8.11).
    Version semver() const;
    // "22.8.11.15"; `minParts` pads with zeros ("14" -> "14.0").
    QString toString(int minParts = 1) const;

    // Missing parts compare as 0: 14.1 == 14.1.0.
    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    QList<int> m_parts;
};

} // namespace phc
