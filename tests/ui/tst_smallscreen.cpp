// The window on a small screen at twice the scale: a 1600x1000 screen at
// QT_SCALE_FACTOR=2 leaves 800x500 device-independent pixels. The window
// must open inside it with Next reachable, and stay inside with the
// dashboard watching the demo; pages scroll instead.
#include "wizardtestsupport.h"

#include "dashboard/dashboardview.h"
#include "wizard/startpage.h"

#include <QApplication>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>

using namespace phc;
using namespace phcuitest;

namespace {

// The window's frame and the top-level rectangle of `w` lie on the screen's free area.
bool inside(const QRect &room, QWidget *w)
{
    const QRect r(w->mapTo(w->window(), QPoint(0, 0)) + w->window()->geometry().topLeft(), w->size());
    return room.contains(r);
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->geometry().size(), QSize(800, 500)); // 1600x1000 at scale 2
    }

    void wizardOpensInsideTheScreen()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect room = w.screen()->availableGeometry();
        QVERIFY2(room.contains(w.frameGeometry()), qPrintable(QStringLiteral("window %1x%2 at %3,%4 on %5x%6")
                                                                   .arg(w.frameGeometry().width()).arg(w.frameGeometry().height())
                                                                   .arg(w.frameGeometry().x()).arg(w.frameGeometry().y())
                                                                   .arg(room.width()).arg(room.height())));
        QVERIFY(inside(room, w.wizard()->nextButton()));
        qInfo("window %dx%d (frame %dx%d) on a free area of %dx%d", w.width(), w.height(), w.frameGeometry().width(),
              w.frameGeometry().height(), room.width(), room.height());
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        for (int i = 1; i < w.wizard()->pageCount(); ++i) {
            w.wizard()->goTo(i);
            QVERIFY2(room.contains(w.frameGeometry()), qPrintable(w.wizard()->page(i)->title()));
            QVERIFY(inside(room, w.wizard()->backButton()));
        }
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void rememberedLargeGeometryIsFitted()
    {
        {
            MainWindow first(nullptr);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(2200, 1560); // as saved on a larger screen
            QVERIFY(first.close());
        }
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.screen()->availableGeometry().contains(w.frameGeometry()));
    }

    void dashboardScrollsInsteadOfGrowing()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect room = w.screen()->availableGeometry();
        w.showDashboard();
        QCoreApplication::processEvents();
        QVERIFY(room.contains(w.frameGeometry()));
        QVERIFY(w.dashboard()->startDemo());
        QTest::qWait(50);
        QVERIFY2(room.contains(w.frameGeometry()), qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
        QVERIFY(w.minimumSizeHint().width() <= room.width());
        QVERIFY(w.minimumSizeHint().height() <= room.height());
        // The dashboard is all there, to scroll to.
        auto *scroll = qobject_cast<QScrollArea *>(w.dashboard()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        w.dashboard()->stopWatching();
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1600, "height": 1000,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
