// The built-in highlighter and the translations.
#include "preview/builtinhighlighter.h"
#include "preview/highlighting.h"
#include "shell/application.h"
#include "testsupport.h"
#include "wizard/wizardview.h"
#include "common/profiledocument.h"

#include <QApplication>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTest>

using namespace phc;

namespace {

// Name of the format at `column` of line `line` after highlighting.
QString formatAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (column >= r.start && column < r.start + r.length)
            return BuiltinHighlighter::formatName(r.format);
    return QString();
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageByFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("language");
        using L = BuiltinHighlighter::Language;
        QTest::newRow("values") << "helm/values.yaml" << int(L::Yaml);
        QTest::newRow("env") << "env/api-server.env" << int(L::Env);
        QTest::newRow("env.local") << "env/web-app.env.local" << int(L::Env);
        QTest::newRow("env.example") << "compose/.env.example" << int(L::Env);
        QTest::newRow("sql") << "sql/retention.sql" << int(L::Sql);
        QTest::newRow("shell") << "helm/install.sh" << int(L::Shell);
        QTest::newRow("xml") << "compose/clickhouse/config.d/posthog.xml" << int(L::Xml);
        QTest::newRow("caddy") << "compose/Caddyfile" << int(L::Caddyfile);
        QTest::newRow("markdown") << "README.md" << int(L::Markdown);
        QTest::newRow("other") << "LICENSE" << int(L::Plain);
    }

    void languageByFileName()
    {
        QFETCH(QString, file);
        QFETCH(int, language);
        QCOMPARE(int(BuiltinHighlighter::languageFor(file)), language);
    }

    void yamlTokens()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("# comment\nweb:\n  replicacount: 3\n  name: \"quoted # not a comment\"\n  on: true # trailing\n"));
        Highlighting::attach(&doc, QStringLiteral("values.yaml"))->rehighlight();
        QCOMPARE(formatAt(doc, 0, 3), QStringLiteral("comment"));
        QCOMPARE(formatAt(doc, 1, 0), QStringLiteral("key"));
        QCOMPARE(formatAt(doc, 2, 4), QStringLiteral("key"));
        QCOMPARE(formatAt(doc, 2, 16), QStringLiteral("number"));
        QCOMPARE(formatAt(doc, 3, 12), QStringLiteral("string"));
        QCOMPARE(formatAt(doc, 4, 6), QStringLiteral("keyword"));
        QCOMPARE(formatAt(doc, 4, 13), QStringLiteral("comment"));
    }

    void otherLanguages()
    {
        QTextDocument env;
        env.setPlainText(QStringLiteral("# secret\nPOSTHOG_HOST=https://x\n"));
        Highlighting::attach(&env, QStringLiteral("api-server.env"))->rehighlight();
        QCOMPARE(formatAt(env, 0, 2), QStringLiteral("comment"));
        QCOMPARE(formatAt(env, 1, 2), QStringLiteral("key"));
        QCOMPARE(formatAt(env, 1, 15), QStringLiteral("string"));

        QTextDocument sql;
        sql.setPlainText(QStringLiteral("ALTER TABLE sharded_events -- note\n"));
        Highlighting::attach(&sql, QStringLiteral("retention.sql"))->rehighlight();
        QCOMPARE(formatAt(sql, 0, 1), QStringLiteral("keyword"));
        QCOMPARE(formatAt(sql, 0, 14), QString());
        QCOMPARE(formatAt(sql, 0, 30), QStringLiteral("comment"));

        QTextDocument sh;
        sh.setPlainText(QStringLiteral("if [ -n \"$X\" ]; then echo $HOME; fi # done\n"));
        Highlighting::attach(&sh, QStringLiteral("install.sh"))->rehighlight();
        QCOMPARE(formatAt(sh, 0, 0), QStringLiteral("keyword"));
        QCOMPARE(formatAt(sh, 0, 27), QStringLiteral("variable"));
        QCOMPARE(formatAt(sh, 0, 40), QStringLiteral("comment"));

        QTextDocument diff;
        diff.setPlainText(QStringLiteral("@@ -1,1 +1,1 @@\n-old\n+new\n same\n"));
        Highlighting::attach(&diff, QStringLiteral("values.yaml"), true)->rehighlight();
        QCOMPARE(formatAt(diff, 0, 1), QStringLiteral("hunk"));
        QCOMPARE(formatAt(diff, 1, 1), QStringLiteral("removed"));
        QCOMPARE(formatAt(diff, 2, 1), QStringLiteral("added"));
        QCOMPARE(formatAt(diff, 3, 1), QString());
    }

    void builtInBackendHere() { QCOMPARE(Highlighting::backendName(), QStringLiteral("built-in")); }

    void germanTranslation()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")).startsWith(QStringLiteral("de")));
        ProfileDocument document;
        WizardView wizard(&document, nullptr);
        QCOMPARE(wizard.nextButton()->text(), QStringLiteral("&Weiter >"));
        QCOMPARE(wizard.backButton()->text(), QStringLiteral("< &Zurück"));
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
