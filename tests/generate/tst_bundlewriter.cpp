#include <QTest>

class TestBundlewriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestBundlewriter)
#include "tst_bundlewriter.moc"
