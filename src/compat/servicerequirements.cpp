#include "servicerequirements.h"

#include "core/datafile.h"
#include "core/yamlreader.h"

#include <QCoreApplication>

namespace phc {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("phc::ServiceRequirements", text); }

// Reads `key` of `r` as a version range; an error at the key when it is not one.
bool readRange(MapReader &r, const char *key, VersionRange &out, bool required)
{
    QString spec;
    if (!r.string(key, spec, required))
        return false;
    QString error;
    const auto range = VersionRange::parse(spec, &error);
    if (!range) {
        r.error(key, error);
        return false;
    }
    out = *range;
    return true;
}

} // namespace

QStringList ServiceRequirements::knownServices()
{
    return {QStringLiteral("postgresql"), QStringLiteral("redis"), QStringLiteral("clickhouse")};
}

Result<ServiceRequirements> ServiceRequirements::parse(const QByteArray &yaml)
{
    return DataFile::parse<ServiceRequirements>(yaml, [](MapReader &top, ServiceRequirements &t, Issues &) {
        for (MapReader r : top.mapList("releases", true)) {
            ServiceGates g;
            const bool hasPosthog = readRange(r, "posthog", g.m_posthog, true);
            r.string("source", g.m_source);
            MapReader services = r.map("services", true);
            for (const char *name : {"postgresql", "redis", "clickhouse"}) {
                VersionRange range;
                if (readRange(services, name, range, true))
                    g.m_services.insert(QString::fromLatin1(name), range);
            }
            services.finish();
            QString image;
            if (r.string("clickhouseImageTag", image, true)) {
                const auto v = Version::parse(image);
                const VersionRange ch = g.range(QStringLiteral("clickhouse"));
                if (!v)
                    r.error("clickhouseImageTag", tr("'%1' is not a version like 22.8.11.15").arg(image));
                else if (!ch.isEmpty() && !ch.contains(*v))
                    r.error("clickhouseImageTag", tr("%1 is outside the row's own ClickHouse gate (%2)").arg(image, ch.spec()));
                else
                    g.m_clickhouseImageTag = image;
            }
            if (hasPosthog) {
                // Two rows for one release would make the answer depend on their order.
                for (const ServiceGates &other : std::as_const(t.m_releases)) {
                    for (const VersionRange::Clause &c : g.m_posthog.clauses()) {
                        if (c.op == VersionRange::Op::GreaterEqual && other.m_posthog.contains(c.version))
                            r.error("posthog", tr("release %1 is already covered by the row for '%2'")
                                                   .arg(c.version.toString(3), other.m_posthog.spec()));
                    }
                }
            }
            r.finish();
            t.m_releases << g;
        }
    });
}

Result<ServiceRequirements> ServiceRequirements::loadFile(const QString &path)
{
    return DataFile::load<ServiceRequirements>(path, parse);
}

const ServiceRequirements &ServiceRequirements::builtIn()
{
    static const ServiceRequirements table = DataFile::builtIn<ServiceRequirements>(
        QStringLiteral(":/posthog-console/data/service-requirements.yaml"), parse);
    return table;
}

const ServiceGates *ServiceRequirements::forPosthogVersion(const Version &posthog) const
{
    if (posthog.isNull())
        return nullptr;
    for (const ServiceGates &g : m_releases) {
        if (g.m_posthog.contains(posthog))
            return &g;
    }
    return nullptr;
}

} // namespace phc
