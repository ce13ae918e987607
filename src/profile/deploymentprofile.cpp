#include "deploymentprofile.h"

#include <array>
#include <utility>

namespace phc {

namespace {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char16_t *>, N>;

constexpr NameTable<Target, 2> targetTable {{{Target::Helm, u"helm"}, {Target::Compose, u"compose"}}};
constexpr NameTable<Cloud, 5> cloudTable {{{Cloud::Aws, u"aws"},
                                           {Cloud::Gcp, u"gcp"},
                                           {Cloud::Azure, u"azure"},
                                           {Cloud::Do, u"do"},
                                           {Cloud::Other, u"other"}}};
constexpr NameTable<TlsMode, 3> tlsTable {{{TlsMode::CertManager, u"cert-manager"},
                                           {TlsMode::ExistingSecret, u"existing-secret"},
                                           {TlsMode::None, u"none"}}};
constexpr NameTable<ServiceMode, 2> modeTable {{{ServiceMode::Bundled, u"bundled"},
                                                {ServiceMode::External, u"external"}}};

template <typename E, std::size_t N>
QString nameOf(const NameTable<E, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N> &table, const QString &s)
{
    for (const auto &[e, name] : table)
        if (s == QStringView(name))
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList namesOf(const NameTable<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromUtf16(entry.second);
    return out;
}

} // namespace

QString DeploymentProfile::siteUrl() const
{
    return (tlsEnabled() ? QStringLiteral("https://") : QStringLiteral("http://")) + domain.hostname;
}

QString yamlName(Target v) { return nameOf(targetTable, v); }
QString yamlName(Cloud v) { return nameOf(cloudTable, v); }
QString yamlName(TlsMode v) { return nameOf(tlsTable, v); }
QString yamlName(ServiceMode v) { return nameOf(modeTable, v); }
QStringList targetNames() { return namesOf(targetTable); }
QStringList cloudNames() { return namesOf(cloudTable); }
QStringList tlsModeNames() { return namesOf(tlsTable); }
QStringList serviceModeNames() { return namesOf(modeTable); }
std::optional<Target> targetFromString(const QString &s) { return valueOf(targetTable, s); }
std::optional<Cloud> cloudFromString(const QString &s) { return valueOf(cloudTable, s); }
std::optional<TlsMode> tlsModeFromString(const QString &s) { return valueOf(tlsTable, s); }
std::optional<ServiceMode> serviceModeFromString(const QString &s) { return valueOf(modeTable, s); }

} // namespace phc
