#include <QTest>

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
