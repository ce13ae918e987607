// The window under --lang de: the engine's validation messages and Qt's own
// buttons read German, as the window's own strings do. The German catalogue
// is complete, and every translation context the code looks messages up in
// is one lupdate files them under.
#include "wizardtestsupport.h"

#include "admin/adminchecks.h"
#include "monitor/diagnostics.h"
#include "profile/profileio.h"
#include "profile/profilevalidator.h"
#include "sizing/sizingmodel.h"
#include "wizard/clusterpage.h"
#include "wizard/startpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace phc;
using namespace phcuitest;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage m {context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations << xml.readElementText();
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    return out;
}

// The %1..%99 a text fills in, and whether it has %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out << m.captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString germanTs() { return phctest::sourceDir() + QStringLiteral("/translations/posthog-console_de.ts"); }

// The contexts the code looks messages up in at run time. `declared`: the
// declared tr() functions and the explicit translate() and QT_TRANSLATE_NOOP
// contexts; `known` adds the QObject classes (all in namespace phc) and the
// forms' classes, whose tr() needs no declaration.
struct CodeContexts
{
    QSet<QString> declared;
    QSet<QString> known;
    int files = 0;
};

CodeContexts contextsInCode()
{
    static const QRegularExpression declared(
        QStringLiteral("(?:Q_DECLARE_TR_FUNCTIONS\\(|translate\\(\"|QT_TRANSLATE_NOOP\\(\")([\\w:]+)"));
    static const QRegularExpression qobject(QStringLiteral("\\bclass\\s+(\\w+)[^;{]*\\{\\s*Q_OBJECT\\b"));
    static const QRegularExpression form(QStringLiteral("<ui version=\"[^\"]*\">\\s*<class>(\\w+)</class>"));
    CodeContexts out;
    for (const char *dir : {"src", "ui"}) {
        QDirIterator it(phctest::sourceDir() + u'/' + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.files++;
            const QString text = QString::fromUtf8(f.readAll());
            for (const QRegularExpressionMatch &m : declared.globalMatch(text))
                out.declared << m.captured(1);
            for (const QRegularExpressionMatch &m : qobject.globalMatch(text))
                out.known << QStringLiteral("phc::") + m.captured(1);
            for (const QRegularExpressionMatch &m : form.globalMatch(text))
                out.known << m.captured(1);
        }
    }
    out.known += out.declared;
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")).startsWith(u"de"));
    }

    // Each entry translated: not unfinished, not empty, every numerus form
    // given, the same placeholders as the source; no entry left under the
    // bare namespace, where lupdate files a tr() it cannot place in a class.
    void germanCatalogueIsComplete()
    {
        const QList<TsMessage> messages = readTs(germanTs());
        QVERIFY2(messages.size() > 500, qPrintable(germanTs()));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(70) + u'"';
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" is ") + m.type;
            if (m.context == u"phc")
                problems << where + QStringLiteral(" has no context of its own");
            if (m.translations.size() != (m.numerus ? 2 : 1))
                problems << where + QStringLiteral(" has %1 forms").arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" fills %1, the source %2")
                                            .arg(placeholders(t).join(u' '), placeholders(m.source).join(u' '));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Each context the code declares is in the catalogue and in the compiled
    // translation: one of its messages comes out German at run time. And each
    // context in the catalogue is one the code looks up.
    void everyContextInCodeIsTranslated()
    {
        const CodeContexts code = contextsInCode();
        QVERIFY2(code.files > 100, qPrintable(phctest::sourceDir()));
        QHash<QString, TsMessage> sample;
        QSet<QString> inCatalogue;
        for (const TsMessage &m : readTs(germanTs())) {
            inCatalogue << m.context;
            if (!m.numerus && m.translations.value(0) != m.source && !sample.contains(m.context))
                sample.insert(m.context, m);
        }
        QStringList problems;
        for (const QString &context : code.declared) {
            if (!inCatalogue.contains(context)) {
                problems << context + QStringLiteral(": used by the code, not in the catalogue");
                continue;
            }
            if (!sample.contains(context)) {
                problems << context + QStringLiteral(": no message whose German differs from the source");
                continue;
            }
            const TsMessage &m = sample[context];
            const QByteArray ctx = context.toUtf8(), src = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString got = QCoreApplication::translate(ctx.constData(), src.constData(),
                                                            comment.isEmpty() ? nullptr : comment.constData());
            if (got != m.translations.value(0))
                problems << context + QStringLiteral(": \"%1\" reads \"%2\" at run time").arg(m.source, got);
        }
        for (const QString &context : inCatalogue)
            if (!code.known.contains(context))
                problems << context + QStringLiteral(": in the catalogue, never looked up by the code");
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Engine messages the window shows, straight from the engine: a
    // validator error, a sizing label, a diagnostics summary, an admin check.
    void engineMessagesReadGerman()
    {
        const Result<DeploymentProfile> example = ProfileIO::parse(ProfileIO::exampleProfile());
        QVERIFY(example.ok());
        DeploymentProfile profile = example.value();
        profile.cluster.namespaceName = QStringLiteral("Kein Label");
        const Issues issues = ProfileValidator::validate(profile);
        const auto it = std::find_if(issues.cbegin(), issues.cend(),
                                     [](const Issue &i) { return i.path == u"spec.cluster.namespace"; });
        QVERIFY(it != issues.cend());
        QVERIFY2(it->message.startsWith(QStringLiteral("„Kein Label“ ist kein DNS-1123-Label")), qPrintable(it->message));

        const Result<DeploymentProfile> notAProfile = ProfileIO::parse("apiVersion: [");
        QVERIFY(!notAProfile.ok());
        QVERIFY2(notAProfile.issues().value(0).message.startsWith(QStringLiteral("YAML-Syntaxfehler: ")),
                 qPrintable(notAProfile.issues().value(0).message));

        const Recommendation small = SizingModel::builtIn().recommend(100000);
        QVERIFY2(small.costText(SizingModel::figures()).endsWith(QStringLiteral(" im Monat")),
                 qPrintable(small.costText(SizingModel::figures())));
        const QString text = small.toText();
        QVERIFY2(text.contains(QStringLiteral("Ereignisse/Monat: 100000\n")) && text.contains(QStringLiteral(" Knoten")),
                 qPrintable(text));

        QCOMPARE(Diagnostics::evaluateProbes({}).summary, QStringLiteral("keine Probe-Pfade konfiguriert"));
        QCOMPARE(Diagnostics::evaluateLatency({}, {}).summary, QStringLiteral("nichts gemessen"));

        AdminSnapshot snapshot;
        snapshot.overview = InstanceOverview();
        const AdminStatus status = AdminChecks::evaluate(snapshot, AdminThresholds::builtIn(), QDateTime::currentDateTimeUtc(), {});
        const AdminCheck *postgres = status.check(u"postgresAlive");
        QVERIFY(postgres);
        QCOMPARE(postgres->message, QStringLiteral("die Instanz meldet nicht: ob PostgreSQL läuft (db_alive)"));
    }

    // Qt's own buttons, from qtbase's German translation.
    void standardButtonsReadGerman()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QStringList buttons;
        for (auto b : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
            buttons << box.button(b)->text().remove(u'&');
        QCOMPARE(buttons, (QStringList {QStringLiteral("Speichern"), QStringLiteral("Verwerfen"), QStringLiteral("Abbrechen")}));
    }

    void validationMessagesReadGerman()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        WizardView *wizard = w.wizard();
        wizard->goTo(1);
        retype(wizard->clusterPage()->ui.namespaceEdit, QString());
        auto *message = wizard->clusterPage()->findChild<QLabel *>(QStringLiteral("namespaceEditMessage"));
        QVERIFY(message);
        QCOMPARE(message->text(), QStringLiteral("ist erforderlich"));
        QCOMPARE(wizard->reasonLabel()->text(), QStringLiteral("1 Problem auf dieser Seite zu beheben: Namespace ist erforderlich"));
        retype(wizard->clusterPage()->ui.namespaceEdit, QStringLiteral("Kein Label"));
        QVERIFY2(message->text().contains(QStringLiteral("ist kein DNS-1123-Label")), qPrintable(message->text()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void closeDialogButtonsReadGerman()
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        QStringList buttons;
        QTimer::singleShot(0, this, [&buttons] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (auto b : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                buttons << (box->button(b) ? box->button(b)->text().remove(u'&') : QString());
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QVERIFY(!w.close());
        QCOMPARE(buttons, (QStringList {QStringLiteral("Speichern"), QStringLiteral("Verwerfen"), QStringLiteral("Abbrechen")}));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    // Last: it installs another catalogue over the German one. A language
    // without a catalogue reads English with its plural forms, not the
    // source's "(s)".
    void languageWithoutCatalogueGetsEnglishPlurals()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")).startsWith(u"en"));
        QCOMPARE(QCoreApplication::translate("phc::ReviewPage", "%n problem(s); activate one to go to its field:", nullptr, 1),
                 QStringLiteral("1 problem; activate it to go to its field:"));
        QCOMPARE(QCoreApplication::translate("phc::ReviewPage", "%n problem(s); activate one to go to its field:", nullptr, 3),
                 QStringLiteral("3 problems; activate one to go to its field:"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
