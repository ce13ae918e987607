// The README's "What gets generated" table is the users' list of files: each
// reference profile's bundle holds exactly the files whose condition, as the
// README states it, holds for that profile.
#include "generate/generatorcontext.h"
#include "testpaths.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace {

using Condition = std::function<bool(const phc::DeploymentProfile &)>;

// The README's vocabulary of conditions: profile keys under spec.
const QHash<QString, Condition> &clauses()
{
    using namespace phc;
    static const QHash<QString, Condition> table {
        {QStringLiteral("always"), [](const DeploymentProfile &) { return true; }},
        {QStringLiteral("targets: helm"), [](const DeploymentProfile &p) { return p.hasTarget(Target::Helm); }},
        {QStringLiteral("targets: compose"), [](const DeploymentProfile &p) { return p.hasTarget(Target::Compose); }},
        {QStringLiteral("domain.tls.mode: cert-manager"),
         [](const DeploymentProfile &p) { return p.domain.tls.mode == TlsMode::CertManager; }},
        {QStringLiteral("monitoring.prometheusOperator: true"),
         [](const DeploymentProfile &p) { return p.monitoring.prometheusOperator; }},
        {QStringLiteral("sizing.autoscaling.enabled: true"),
         [](const DeploymentProfile &p) { return p.sizing.autoscaling.enabled; }},
        {QStringLiteral("sizing.autoscaling.memoryUtilization set"),
         [](const DeploymentProfile &p) { return p.sizing.autoscaling.memoryUtilization.has_value(); }},
        {QStringLiteral("databases.clickhouse.mode: bundled"),
         [](const DeploymentProfile &p) { return p.databases.clickhouse.mode == ServiceMode::Bundled; }},
        {QStringLiteral("backups.destination set"),
         [](const DeploymentProfile &p) { return !p.backups.destination.isEmpty(); }},
        {QStringLiteral("more than one worker or plugins replica"),
         [](const DeploymentProfile &p) { return !GeneratorContext(p).ownBudgets().isEmpty(); }},
    };
    return table;
}

struct Row
{
    int line = 0;
    QString path;
    QStringList clauses;
};

QList<Row> readmeRows(QStringList &problems)
{
    const QStringList lines = QString::fromUtf8(phctest::readFile(phctest::sourceDir() + QStringLiteral("/README.md")))
                                  .split(u'\n');
    const qsizetype heading = lines.indexOf(QStringLiteral("## What gets generated"));
    if (heading < 0) {
        problems << QStringLiteral("README.md: no \"## What gets generated\" section");
        return {};
    }
    static const QRegularExpression rowPattern(QStringLiteral("^\\| `([^`]+)` \\| ([^|]+) \\| [^|]+ \\|$"));
    QList<Row> rows;
    for (qsizetype i = heading + 1; i < lines.size() && !lines[i].startsWith(QStringLiteral("## ")); ++i) {
        const QString &text = lines[i];
        if (!text.startsWith(u'|') || text.startsWith(QStringLiteral("| File ")) || text.startsWith(QStringLiteral("|---")))
            continue;
        const QRegularExpressionMatch m = rowPattern.match(text);
        if (!m.hasMatch()) {
            problems << QStringLiteral("README.md:%1: not a \"| `FILE` | CONDITION | WHAT |\" row: %2").arg(i + 1).arg(text);
            continue;
        }
        Row row {int(i + 1), m.captured(1), {}};
        for (QString clause : m.captured(2).trimmed().split(QStringLiteral(" and "))) {
            clause.remove(u'`');
            if (!clauses().contains(clause))
                problems << QStringLiteral("README.md:%1: %2: unknown condition '%3'; one of: %4")
                                .arg(row.line)
                                .arg(row.path, clause, QStringList(clauses().keys()).join(QStringLiteral("; ")));
            row.clauses << clause;
        }
        rows << row;
    }
    if (rows.isEmpty())
        problems << QStringLiteral("README.md: the \"What gets generated\" section has no table rows");
    return rows;
}

} // namespace

class TestReadmeFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableStatesKnownConditions()
    {
        QStringList problems;
        readmeRows(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void referenceBundlesMatchTheTable_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        for (const auto &[name, yaml] : phctest::referenceProfiles())
            QTest::newRow(qPrintable(name)) << yaml;
    }

    void referenceBundlesMatchTheTable()
    {
        QFETCH(QByteArray, yaml);
        QStringList problems;
        const QList<Row> rows = readmeRows(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const phc::DeploymentProfile profile = phctest::profileFrom(yaml);
        QStringList expected;
        for (const Row &row : rows) {
            bool holds = true;
            for (const QString &clause : row.clauses)
                holds = holds && clauses().value(clause)(profile);
            if (holds)
                expected << row.path;
        }
        QStringList generated;
        for (const phc::GeneratedFile &f : phctest::bundleFor(yaml))
            generated << f.relativePath;
        for (const QString &path : generated)
            if (!expected.contains(path))
                problems << QStringLiteral("%1 is generated, but the README's table does not list it under a condition "
                                           "this profile meets")
                                .arg(path);
        for (const QString &path : expected)
            if (!generated.contains(path))
                problems << QStringLiteral("%1 is listed by the README for this profile, but not generated").arg(path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestReadmeFiles)
#include "tst_readmefiles.moc"
