#pragma once

#include "testpaths.h"
#include "core/textdiff.h"
#include "generate/bundle.h"
#include "profile/profileio.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

// Shared by the engine's test suites: the three reference profiles and small
// helpers to look into generated files.
namespace phctest {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The lines an edit changed, "-old" and "+new" in diff order; the same lines are left out.
inline QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    QStringList out;
    for (const phc::DiffLine &l : phc::TextDiff::lines(QString::fromUtf8(before), QString::fromUtf8(after)))
        if (l.kind != phc::DiffLine::Kind::Same)
            out << (l.kind == phc::DiffLine::Kind::Removed ? u'-' : u'+') + l.text;
    return out;
}

// name -> profile YAML: the guide's example, every database external, a
// Compose-only staging stack without TLS, everything bundled at 20M events
// with autoscaling and a storage class, Compose serving TLS behind a proxy,
// and Kubernetes with ClickHouse and Kafka external.
inline QList<std::pair<QString, QByteArray>> referenceProfiles()
{
    return {
        {QStringLiteral("guide-example"), phc::ProfileIO::exampleProfile()},
        {QStringLiteral("all-external"), readFile(phctest::testDataDir() + QStringLiteral("/profiles/all-external.yaml"))},
        {QStringLiteral("compose-only"), readFile(phctest::testDataDir() + QStringLiteral("/profiles/compose-only.yaml"))},
        {QStringLiteral("bundled-20m"), readFile(phctest::testDataDir() + QStringLiteral("/profiles/bundled-20m.yaml"))},
        {QStringLiteral("compose-tls-proxy"), readFile(phctest::testDataDir() + QStringLiteral("/profiles/compose-tls-proxy.yaml"))},
        {QStringLiteral("external-analytics"),
         readFile(phctest::testDataDir() + QStringLiteral("/profiles/external-analytics.yaml"))},
    };
}

// One reference profile's YAML, by its name above.
inline QByteArray referenceProfile(const QString &name)
{
    for (const auto &[n, yaml] : referenceProfiles())
        if (n == name)
            return yaml;
    qFatal("no reference profile %s", qPrintable(name));
}

inline phc::DeploymentProfile profileFrom(const QByteArray &yaml)
{
    auto loaded = phc::ProfileIO::parse(yaml);
    if (!loaded.ok())
        qFatal("test profile invalid: %s", qPrintable(phc::formatIssues(loaded.issues(), QStringLiteral("profile"))));
    return loaded.take();
}

inline phc::GeneratedFiles bundleFor(const QByteArray &yaml)
{
    auto bundle = phc::Bundle::generate(profileFrom(yaml));
    if (!bundle.ok())
        qFatal("bundle failed: %s", qPrintable(phc::formatIssues(bundle.issues(), QStringLiteral("profile"))));
    return bundle.take();
}

inline const phc::GeneratedFile *findFile(const phc::GeneratedFiles &files, const QString &path)
{
    for (const auto &f : files)
        if (f.relativePath == path)
            return &f;
    return nullptr;
}

inline YAML::Node yamlOf(const phc::GeneratedFile &f) { return YAML::Load(f.content.toStdString()); }

} // namespace phctest
