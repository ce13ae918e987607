#include "testpaths.h"
#include "shell/application.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Opaque pixels of the icon drawn at size px: zero when the SVG did not load.
int opaquePixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return count;
}

QString actionIconPath(const QString &name)
{
    return QStringLiteral(":/icons/actions/%1-symbolic.svg").arg(name);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appIconRenders()
    {
        const QIcon icon(QStringLiteral(":/icons/app/posthog-console.svg"));
        QVERIFY(!icon.isNull());
        // Drawn at any size (scalable): most of the rounded square is opaque.
        for (int size : {16, 48, 256})
            QVERIFY2(opaquePixels(icon, size) > size * size / 2, qPrintable(QString::number(size)));
    }

    void actionIconsRender_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"new", "open", "save", "export", "wizard", "dashboard", "refresh", "probe", "pause",
                                 "resume", "diagnostics"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void actionIconsRender()
    {
        QFETCH(QString, name);
        const QIcon icon(actionIconPath(name));
        const int drawn = opaquePixels(icon, 16);
        // A glyph, not a filled square and not nothing.
        QVERIFY2(drawn > 10 && drawn < 16 * 16 * 3 / 4, qPrintable(QString::number(drawn)));
    }

    // Every icon in resources/icons/actions is compiled in (and so installed
    // by the same list).
    void everySourceIconIsAResource()
    {
        const QDir dir(phctest::sourceDir() + QStringLiteral("/resources/icons/actions"));
        const QStringList files = dir.entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(files.size() >= 11);
        for (const QString &file : files)
            QVERIFY2(QFile::exists(QStringLiteral(":/icons/actions/") + file), qPrintable(file));
    }

    void identity()
    {
        phc::setApplicationIdentity();
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral(PHC_APP_ID));
        QVERIFY(opaquePixels(QApplication::windowIcon(), 64) > 64 * 64 / 2);
    }

    // The icon theme's copy wins over the built-in one.
    void windowIconFromThemeFirst()
    {
        QTemporaryDir themes;
        QVERIFY(QDir(themes.path()).mkpath(QStringLiteral("hicolor/scalable/apps")));
        QFile index(themes.filePath(QStringLiteral("hicolor/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Hicolor\nDirectories=scalable/apps\n\n"
                    "[scalable/apps]\nSize=64\nMinSize=8\nMaxSize=512\nType=Scalable\n");
        index.close();
        QFile svg(themes.filePath(QStringLiteral("hicolor/scalable/apps/" PHC_APP_ID ".svg")));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
                  "<rect width='16' height='16' fill='#ff0000'/></svg>");
        svg.close();

        const QStringList oldPaths = QIcon::themeSearchPaths();
        const QString oldTheme = QIcon::themeName();
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("hicolor"));
        phc::setApplicationIdentity();
        const QImage image = QApplication::windowIcon().pixmap(32, 32).toImage();
        QIcon::setThemeSearchPaths(oldPaths);
        QIcon::setThemeName(oldTheme);

        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(16, 16), QColor(Qt::red));
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::red)); // the built-in icon has rounded, empty corners
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
