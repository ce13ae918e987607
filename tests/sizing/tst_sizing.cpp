#include <QTest>

class TestSizing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSizing)
#include "tst_sizing.moc"
