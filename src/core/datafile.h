#pragma once

// Loading of the YAML data tables (sizing, cloud pricing, metric presets):
// a user's file, or the copy built into the program.

#include "issue.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QFile>

namespace phc::DataFile {

// Parses a YAML document whose top level is a mapping: `read(top, out,
// issues)` fills `out` from the strict reader; keys it did not read are
// reported. A value comes back only when there are no errors.
template <typename T, typename Read>
Result<T> parse(const QByteArray &yaml, Read read)
{
    Issues issues;
    const auto root = parseYaml(yaml, issues);
    if (!root)
        return Result<T>::failure(issues);
    T out;
    MapReader top(*root, QString(), issues);
    read(top, out, issues);
    top.finish();
    if (hasErrors(issues))
        return Result<T>::failure(issues);
    return Result<T>(std::move(out), issues);
}

// Reads `path` (readYamlFile: at most the YAML size limit) and hands it to
// `parse` (Result<T>(const QByteArray &)).
template <typename T, typename Parse>
Result<T> load(const QString &path, Parse parse)
{
    Issues issues;
    const auto text = readYamlFile(path, issues);
    if (!text)
        return Result<T>::failure(issues);
    return parse(*text);
}

// The table built into the program (a Qt resource); a missing or invalid
// one is a broken build, not a user error.
template <typename T, typename Parse>
T builtIn(const QString &resource, Parse parse)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in data %s is missing from the build", qPrintable(resource));
    Result<T> result = parse(f.readAll());
    if (!result.ok())
        qFatal("built-in data %s is invalid: %s", qPrintable(resource),
               qPrintable(formatIssues(result.issues(), resource)));
    return result.take();
}

} // namespace phc::DataFile
