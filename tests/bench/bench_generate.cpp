#include <QTest>
class BenchGenerate : public QObject { Q_OBJECT private Q_SLOTS: void placeholder() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(BenchGenerate)
#include "bench_generate.moc"
