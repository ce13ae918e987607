#include <QTest>

class TestGenerators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
