// Profile load + full bundle generation. Reports time per bundle; asserts
// only that the work was done, never how fast.
#include "testpaths.h"
#include "generate/bundle.h"
#include "profile/profileio.h"

#include <QFile>
#include <QTest>

using namespace phc;

class BenchGenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { SizingModel::builtIn(); } // tables are loaded once at start, not per bundle

    void loadAndGenerate_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("guide-example") << ProfileIO::exampleProfile();
        QFile f(phctest::testDataDir() + QStringLiteral("/profiles/all-external.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow("all-external") << f.readAll();
    }

    void loadAndGenerate()
    {
        QFETCH(QByteArray, yaml);
        qsizetype bytes = 0;
        QBENCHMARK {
            const auto profile = ProfileIO::parse(yaml);
            const auto bundle = Bundle::generate(profile.value());
            for (const GeneratedFile &f : bundle.value())
                bytes += f.content.size();
        }
        QVERIFY(bytes > 0);
    }

    void generateOnly()
    {
        const DeploymentProfile profile = ProfileIO::parse(ProfileIO::exampleProfile()).value();
        qsizetype files = 0;
        QBENCHMARK {
            files += Bundle::generate(profile).value().size();
        }
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(BenchGenerate)
#include "bench_generate.moc"
