// The wizard from start to export, driven by keyboard and mouse, for the
// three reference profiles; the exported files must equal the CLI's byte for
// byte. Runs with a real Secret Service (tests/support/with-keyring.sh).
#include "testpaths.h"
#include "wizardtestsupport.h"

#include "common/appsettings.h"
#include "common/stringlistedit.h"
#include "profile/profileio.h"
#include "secrets/keychainsecretstore.h"
#include "testsupport.h"
#include "wizard/clusterpage.h"
#include "wizard/databasespage.h"
#include "wizard/domainpage.h"
#include "wizard/operationspage.h"
#include "wizard/secretspage.h"
#include "wizard/sizingpage.h"
#include "wizard/startpage.h"

#include <QComboBox>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>

using namespace phc;
using namespace phcuitest;

class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    KeychainSecretStore *m_keychain = nullptr;

    // Goes on with Enter until the Export page; checks each press moved one step.
    void enterThroughToExport(WizardView *wizard)
    {
        const int last = wizard->pageCount() - 1;
        while (wizard->currentIndex() < last) {
            const int before = wizard->currentIndex();
            QVERIFY2(wizard->nextButton()->isEnabled(), qPrintable(wizard->reasonLabel()->text()));
            pressEnter(wizard);
            QCOMPARE(wizard->currentIndex(), before + 1);
        }
    }

    void exportAndCompareWithCli(MainWindow &w, const QString &name, const QByteArray &profileYaml)
    {
        WizardView *wizard = w.wizard();
        ExportPage *page = wizard->exportPage();
        const QString guiDir = m_scratch.filePath(name + QStringLiteral("-gui"));
        retype(page->ui.folderEdit, guiDir);
        QVERIFY(page->ui.exportButton->isEnabled());
        clickLeft(page->ui.exportButton);
        QVERIFY2(page->ui.openFolderButton->isEnabled(), qPrintable(page->ui.resultLabel->text()));

        const QString profilePath = m_scratch.filePath(name + QStringLiteral(".yaml"));
        QFile f(profilePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(profileYaml);
        f.close();
        const QString cliDir = m_scratch.filePath(name + QStringLiteral("-cli"));
        QString output;
        QVERIFY2(runCli({QStringLiteral("generate"), QStringLiteral("--profile"), profilePath, QStringLiteral("--out"), cliDir},
                        &output),
                 qPrintable(output));
        const auto gui = filesUnder(guiDir);
        const auto cli = filesUnder(cliDir);
        QVERIFY(!cli.isEmpty());
        QCOMPARE(gui.keys(), cli.keys());
        for (auto it = cli.cbegin(); it != cli.cend(); ++it) {
            QVERIFY2(gui.value(it.key()).first == it.value().first, qPrintable(it.key()));
            QCOMPARE(gui.value(it.key()).second, it.value().second);
        }
    }


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        isolateSettings();
        m_keychain = new KeychainSecretStore(this);
    }

    void init() { QSettings().clear(); }

    void guideExampleByKeyboard()
    {
        MainWindow w(m_keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardView *wizard = w.wizard();
        QCOMPARE(wizard->currentIndex(), 0);
        QVERIFY(!wizard->nextButton()->isEnabled()); // no profile yet
        QVERIFY(!wizard->reasonLabel()->text().isEmpty());
        clickLeft(wizard->startPage()->ui.newExampleButton);
        QVERIFY(w.document()->hasProfile());
        enterThroughToExport(wizard);
        exportAndCompareWithCli(w, QStringLiteral("guide-example"), ProfileIO::exampleProfile());
        w.document()->reset(w.document()->profile(), QString(), false); // no unsaved prompt
    }

    void composeOnlyTypedFromBlank()
    {
        MainWindow w(m_keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardView *wizard = w.wizard();
        clickLeft(wizard->startPage()->ui.newBlankButton);
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 1);

        ClusterPage *cluster = wizard->clusterPage();
        retype(cluster->ui.nameEdit, QStringLiteral("staging"));
        clickLeft(cluster->ui.helmCheck); // Compose only
        QVERIFY(!cluster->ui.helmCheck->isChecked());
        retype(cluster->ui.httpPortSpin, QStringLiteral("8088"));
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 2);

        DomainPage *domain = wizard->domainPage();
        retype(domain->ui.hostnameEdit, QStringLiteral("posthog.staging.example.net"));
        domain->ui.tlsModeCombo->setFocus();
        QTest::keyClick(domain->ui.tlsModeCombo, Qt::Key_End); // "no TLS"
        QVERIFY(!domain->ui.clusterIssuerEdit->isVisibleTo(domain)); // fields of other modes hide
        pressEnter(wizard);
        pressEnter(wizard); // databases: all bundled
        QCOMPARE(wizard->currentIndex(), 4);

        retype(wizard->sizingPage()->ui.monthlyEventsSpin, QStringLiteral("8000"));
        pressEnter(wizard);
        OperationsPage *ops = wizard->operationsPage();
        retype(ops->ui.eventsDaysSpin, QStringLiteral("90"));
        retype(ops->ui.recordingsDaysSpin, QStringLiteral("7"));
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 6);

        const QByteArray expected = phctest::readFile(phctest::testDataDir() + QStringLiteral("/profiles/compose-only.yaml"));
        QCOMPARE(w.document()->profile(), phctest::profileFrom(expected));
        enterThroughToExport(wizard);
        exportAndCompareWithCli(w, QStringLiteral("compose-only"), expected);
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void allExternalFromRecentListWithMouse()
    {
        const QString source = phctest::testDataDir() + QStringLiteral("/profiles/all-external.yaml");
        const QString path = m_scratch.filePath(QStringLiteral("recent-all-external.yaml"));
        QFile::remove(path);
        QVERIFY(QFile::copy(source, path));
        AppSettings::addRecentProfile(path);

        MainWindow w(m_keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WizardView *wizard = w.wizard();
        QListWidget *recent = wizard->startPage()->ui.recentList;
        QCOMPARE(recent->count(), 1);
        const QRect itemRect = recent->visualItemRect(recent->item(0));
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, Qt::NoModifier, itemRect.center());
        QTest::keyClick(recent, Qt::Key_Return); // opens it, and Enter goes on to the next step
        QCOMPARE(w.document()->filePath(), path);
        QCOMPARE(wizard->currentIndex(), 1);
        QVERIFY(!w.document()->isDirty());
        // The fields show the profile.
        QCOMPARE(wizard->clusterPage()->ui.namespaceEdit->text(), QStringLiteral("analytics"));
        QCOMPARE(wizard->databasesPage()->ui.postgresPortSpin->value(), 6432);
        QVERIFY(wizard->databasesPage()->ui.redisHostEdit->isVisibleTo(wizard->databasesPage()));
        QVERIFY(!wizard->databasesPage()->ui.clickhousePersistenceEdit->isVisibleTo(wizard->databasesPage()));
        while (wizard->currentIndex() < wizard->pageCount() - 1) {
            const int before = wizard->currentIndex();
            clickLeft(wizard->nextButton());
            QCOMPARE(wizard->currentIndex(), before + 1);
        }
        exportAndCompareWithCli(w, QStringLiteral("all-external"), phctest::readFile(source));
        QVERIFY(!w.document()->isDirty());
    }

    void validationShowsInlineBlocksNextAndLinksFromReview()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        wizard->goTo(2);
        DomainPage *domain = wizard->domainPage();
        auto *message = domain->findChild<QLabel *>(QStringLiteral("hostnameEditMessage"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        retype(domain->ui.hostnameEdit, QStringLiteral("not a host!"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("host")));
        QVERIFY(!wizard->nextButton()->isEnabled());
        QVERIFY(wizard->reasonLabel()->text().contains(message->text().section(u'\n', 0, 0)));
        QCOMPARE(domain->ui.hostnameEdit->accessibleDescription(), message->text());
        // Enter does not pass a page with problems.
        pressEnter(wizard);
        QCOMPARE(wizard->currentIndex(), 2);
        // A later page cannot be reached from the step list, but the review can.
        QListWidget *steps = wizard->stepList();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier, steps->visualItemRect(steps->item(5)).center());
        QCOMPARE(wizard->currentIndex(), 2);
        QVERIFY(steps->item(2)->text().contains(QStringLiteral("⚠")));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier, steps->visualItemRect(steps->item(7)).center());
        QCOMPARE(wizard->currentIndex(), 7);
        QListWidget *problems = wizard->reviewPage()->ui.problemsList;
        QVERIFY(problems->isVisible());
        // The hostname error, and the warnings that the guide's external PostgreSQL states no version
        // and its cluster no ranges.
        QCOMPARE(problems->count(), 3);
        QCOMPARE(problems->item(0)->data(Qt::UserRole).toString(), QStringLiteral("spec.domain.hostname"));
        QCOMPARE(problems->item(1)->data(Qt::UserRole).toString(), QStringLiteral("spec.databases.postgres.version"));
        QCOMPARE(problems->item(2)->data(Qt::UserRole).toString(), QStringLiteral("spec.cluster.podAndServiceCidrs"));
        QVERIFY(!wizard->nextButton()->isEnabled());
        problems->setFocus();
        problems->setCurrentRow(0);
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(wizard->currentIndex(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), domain->ui.hostnameEdit);
        // Fixing it clears the message and frees Next.
        retype(domain->ui.hostnameEdit, QStringLiteral("ok.example.com"));
        QVERIFY(!message->isVisible());
        QVERIFY(wizard->nextButton()->isEnabled());
        QVERIFY(wizard->reasonLabel()->text().isEmpty());
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void listEntriesAreValidatedOneByOne()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        wizard->goTo(2);
        StringListEdit *cors = wizard->domainPage()->ui.corsOriginsEdit;
        const int before = cors->list()->count();
        clickLeft(cors->addButton());
        QLineEdit *editor = cors->list()->findChild<QLineEdit *>();
        QVERIFY2(editor, "Add opens an editor for the new entry");
        QTest::keyClicks(editor, QStringLiteral("https://app.example.com/path"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.document()->profile().domain.corsOrigins.size(), before + 1);
        QVERIFY(!wizard->nextButton()->isEnabled());
        QVERIFY(!cors->list()->item(before)->toolTip().isEmpty());
        QVERIFY(cors->list()->item(0)->toolTip().isEmpty());
        cors->list()->setCurrentRow(before);
        clickLeft(cors->removeButton());
        QCOMPARE(w.document()->profile().domain.corsOrigins.size(), before);
        QVERIFY(wizard->nextButton()->isEnabled());
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    // The cluster's ranges on the Cluster step: an entry that is no network
    // is marked with the validator's message and holds Next; fixed, it
    // reaches the profile and the NetworkPolicy's egress.
    void clusterRangesAreEditable()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        wizard->goTo(1);
        StringListEdit *cidrs = wizard->clusterPage()->ui.podAndServiceCidrsEdit;
        QCOMPARE(cidrs->list()->count(), 0);
        clickLeft(cidrs->addButton());
        QLineEdit *editor = cidrs->list()->findChild<QLineEdit *>();
        QVERIFY2(editor, "Add opens an editor for the new entry");
        QTest::keyClicks(editor, QStringLiteral("10.244.0.1/16"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w.document()->profile().cluster.podAndServiceCidrs, QStringList {QStringLiteral("10.244.0.1/16")});
        QVERIFY(!wizard->nextButton()->isEnabled());
        QVERIFY2(cidrs->list()->item(0)->toolTip().contains(QStringLiteral("the network is 10.244.0.0/16")),
                 qPrintable(cidrs->list()->item(0)->toolTip()));
        cidrs->list()->item(0)->setText(QStringLiteral("10.244.0.0/16"));
        QCOMPARE(w.document()->profile().cluster.podAndServiceCidrs, QStringList {QStringLiteral("10.244.0.0/16")});
        QVERIFY(wizard->nextButton()->isEnabled());
        QVERIFY(cidrs->list()->item(0)->toolTip().isEmpty());
        const auto bundle = Bundle::generate(w.document()->profile());
        QVERIFY(bundle.ok());
        QVERIFY(phctest::findFile(bundle.value(), QStringLiteral("k8s/network-policy.yaml"))
                    ->content.contains("except: [\"10.244.0.0/16\"]"));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    // The Sizing page's tables give each band's range in figures, and the
    // highlighted row follows the rule: a band includes its lower bound.
    void sizingTablesShowRangesInFigures()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        wizard->goTo(4);
        SizingPage *page = wizard->sizingPage();
        const QLocale locale;
        const auto column = [](QTableWidget *table, int c) {
            QStringList cells;
            for (int r = 0; r < table->rowCount(); ++r)
                cells << table->item(r, c)->text();
            return cells;
        };
        const auto range = [&locale](qint64 from, qint64 to) {
            return QStringLiteral("%1 – %2").arg(locale.toString(from), locale.toString(to));
        };
        const auto andMore = [&locale](qint64 from) { return QStringLiteral("%1 and more").arg(locale.toString(from)); };
        QCOMPARE(page->ui.tiersTable->horizontalHeaderItem(1)->text(), QStringLiteral("Events a month"));
        QCOMPARE(column(page->ui.tiersTable, 1), (QStringList {range(0, 9999), range(10000, 999999), andMore(1000000)}));
        QCOMPARE(column(page->ui.scalingTable, 1),
                 (QStringList {range(0, 99999), range(100000, 999999), range(1000000, 9999999), andMore(10000000)}));
        const auto boldRow = [](QTableWidget *table) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->font().bold())
                    return r;
            return -1;
        };
        const QList<std::tuple<QString, int, int, QString>> boundaries {
            {QStringLiteral("9999"), 0, 0, range(0, 999999)},         {QStringLiteral("10000"), 1, 0, range(0, 999999)},
            {QStringLiteral("99999"), 1, 0, range(0, 999999)},        {QStringLiteral("100000"), 1, 1, range(0, 999999)},
            {QStringLiteral("999999"), 1, 1, range(0, 999999)},       {QStringLiteral("1000000"), 2, 2, range(1000000, 9999999)},
            {QStringLiteral("9999999"), 2, 2, range(1000000, 9999999)}, {QStringLiteral("10000000"), 2, 3, andMore(10000000)},
        };
        for (const auto &[events, tier, row, costRange] : boundaries) {
            retype(page->ui.monthlyEventsSpin, events);
            QCOMPARE(boldRow(page->ui.tiersTable), tier);
            QCOMPARE(boldRow(page->ui.scalingTable), row);
            QVERIFY2(page->ui.costTotalLabel->text().contains(costRange), qPrintable(page->ui.costTotalLabel->text()));
        }
        retype(page->ui.monthlyEventsSpin, QStringLiteral("20000000"));
        // The "> 10M" row: events and plugins columns beside web and worker.
        QCOMPARE(page->ui.scalingTable->horizontalHeaderItem(3)->text(), QStringLiteral("Events"));
        QCOMPARE(page->ui.scalingTable->item(3, 3)->text(), QStringLiteral("12"));
        QCOMPARE(page->ui.scalingTable->horizontalHeaderItem(5)->text(), QStringLiteral("Plugins"));
        QCOMPARE(page->ui.scalingTable->item(3, 5)->text(), QStringLiteral("16"));
        // Unticking "from the scaling table" fixes the row's count, which the spin box then changes.
        QVERIFY(w.document()->profile().sizing.pluginsReplicas.isAuto());
        QVERIFY(!page->ui.pluginsReplicasSpin->isEnabled());
        clickLeft(page->ui.pluginsAutoCheck);
        QCOMPARE(w.document()->profile().sizing.pluginsReplicas.fixed, std::optional<int>(16));
        QVERIFY(page->ui.pluginsReplicasSpin->isEnabled());
        retype(page->ui.pluginsReplicasSpin, QStringLiteral("20"));
        QCOMPARE(w.document()->profile().sizing.pluginsReplicas.fixed, std::optional<int>(20));
        QVERIFY(w.document()->profile().sizing.eventsReplicas.isAuto());
        QVERIFY2(page->ui.costTotalLabel->text().contains(
                     QStringLiteral("at least $%1 a month (the sizing table ends at %2+ events a month)")
                         .arg(locale.toString(3700), locale.toString(10000000))),
                 qPrintable(page->ui.costTotalLabel->text()));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void diffAgainstLastExport()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        const QString dir = m_scratch.filePath(QStringLiteral("diff"));
        wizard->goTo(8);
        retype(wizard->exportPage()->ui.folderEdit, dir);
        clickLeft(wizard->exportPage()->ui.exportButton);
        QVERIFY(QFile::exists(dir + QStringLiteral("/helm/values.yaml")));

        wizard->goTo(4);
        retype(wizard->sizingPage()->ui.monthlyEventsSpin, QStringLiteral("5000000")); // 500000 -> 5000000 events
        QTest::qWait(WizardView::debounceMs + 100); // the live preview catches up by itself
        wizard->goTo(7);
        ReviewPage *review = wizard->reviewPage();
        QComboBox *compare = review->ui.compareCombo;
        QCOMPARE(compare->count(), 2);
        compare->setFocus();
        QTest::keyClick(compare, Qt::Key_Down);
        QCOMPARE(compare->currentIndex(), 1);
        const QString diff = review->shownText(QStringLiteral("helm/values.yaml"));
        QVERIFY2(diff.startsWith(QStringLiteral("@@ ")), qPrintable(diff));
        // replicacount stays the autoscalers' minimum; the scaling row's comment follows the events.
        QVERIFY2(diff.contains(QStringLiteral("\n-# Replicas from the scaling table (500000 monthly events")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("\n+# Replicas from the scaling table (5000000 monthly events")), qPrintable(diff));
        QCOMPARE(review->shownText(QStringLiteral("sql/retention.sql")), QStringLiteral("(no changes)\n"));
        const int tab = review->ui.filesTabs->indexOf(review->editorFor(QStringLiteral("helm/values.yaml")));
        QVERIFY(review->ui.filesTabs->tabText(tab).endsWith(QStringLiteral(" *")));
        // Back to the files themselves.
        QTest::keyClick(compare, Qt::Key_Up);
        QVERIFY(review->shownText(QStringLiteral("helm/values.yaml")).contains(QStringLiteral("(5000000 monthly events")));
        QVERIFY(!review->shownText(QStringLiteral("helm/values.yaml")).startsWith(QStringLiteral("@@")));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void overwriteNeedsConfirmationPerFile()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        const QString dir = m_scratch.filePath(QStringLiteral("overwrite"));
        ExportPage *page = wizard->exportPage();
        wizard->goTo(8);
        retype(page->ui.folderEdit, dir);
        clickLeft(page->ui.exportButton);
        const QString values = dir + QStringLiteral("/helm/values.yaml");
        const QByteArray first = phctest::readFile(values);

        // A change touching several files (replicas: values.yaml, hpa, runbook...).
        w.document()->edit([](DeploymentProfile &p) { p.sizing.monthlyEvents = 5000000; });
        wizard->regenerateNow();
        page->enter();
        {
            BoxAnswerer answer(QMessageBox::Cancel);
            clickLeft(page->ui.exportButton);
            QCOMPARE(answer.count, 1);
            QVERIFY(answer.texts.constFirst().contains(QStringLiteral("README.md")) || answer.texts.constFirst().contains(QStringLiteral("values.yaml")));
        }
        QCOMPARE(phctest::readFile(values), first); // cancelled: nothing written
        int differing = 0;
        {
            BoxAnswerer answer(QMessageBox::No);
            clickLeft(page->ui.exportButton);
            differing = answer.count;
            QVERIFY(differing >= 2); // asked once per differing file
        }
        QCOMPARE(phctest::readFile(values), first); // every "No" kept the file
        {
            BoxAnswerer answer(QMessageBox::YesToAll);
            clickLeft(page->ui.exportButton);
            QCOMPARE(answer.count, 1); // one answer for all
        }
        QVERIFY(phctest::readFile(values) != first);
        QVERIFY(phctest::readFile(values).contains("(5000000 monthly events"));
        {
            BoxAnswerer answer(QMessageBox::Yes);
            clickLeft(page->ui.exportButton);
            QCOMPARE(answer.count, 0); // all unchanged now: nothing to ask
        }
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void secretsGoToTheKeychainAndNowhereElse()
    {
        MainWindow w(m_keychain);
        WizardView *wizard = w.wizard();
        QVERIFY(startWithExample(w));
        wizard->goTo(6);
        SecretsPage *secrets = wizard->secretsPage();
        QTRY_VERIFY_WITH_TIMEOUT(secrets->keychainAvailable(), 20000);
        QVERIFY(!secrets->ui.keychainBanner->isVisible());
        clickLeft(secrets->ui.generateMissingButton);
        const auto list = secrets->secrets();
        int generated = 0;
        for (const auto &s : list)
            generated += s.generated ? 1 : 0;
        QTRY_COMPARE(secrets->values().size(), generated);
        const QString secretKey = secrets->values().value(QStringLiteral("POSTHOG_SECRET_KEY"));
        QCOMPARE(secretKey.size(), 64);
        // Type the external PostgreSQL password for row 1.
        secrets->ui.secretsTable->setCurrentCell(1, 0);
        retype(secrets->ui.valueEdit, QStringLiteral("typed-pg-password-3141"));
        QTest::keyClick(secrets->ui.valueEdit, Qt::Key_Tab);
        QTRY_COMPARE(secrets->values().value(QStringLiteral("POSTGRES_PASSWORD")), QStringLiteral("typed-pg-password-3141"));

        // Another store (as after a restart) finds them under "<profile>/<variable>".
        KeychainSecretStore again;
        std::optional<SecretStore::Reply> reply;
        again.read(QStringLiteral("distill-production/POSTHOG_SECRET_KEY"), this, [&](const auto &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 20000);
        QCOMPARE(reply->value, secretKey);
        reply.reset();
        again.read(QStringLiteral("distill-production/POSTGRES_PASSWORD"), this, [&](const auto &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 20000);
        QCOMPARE(reply->value, QStringLiteral("typed-pg-password-3141"));

        // Not in the saved profile, not in QSettings, not in the generated files.
        const QString profilePath = m_scratch.filePath(QStringLiteral("secret-check.yaml"));
        QVERIFY(w.document()->saveAs(profilePath).isEmpty());
        QSettings().sync();
        QStringList checked {profilePath, QSettings().fileName()};
        const QString dir = m_scratch.filePath(QStringLiteral("secret-export"));
        wizard->goTo(8);
        retype(wizard->exportPage()->ui.folderEdit, dir);
        clickLeft(wizard->exportPage()->ui.exportButton);
        const auto exported = filesUnder(dir);
        for (auto it = exported.cbegin(); it != exported.cend(); ++it)
            checked << dir + u'/' + it.key();
        for (const QString &file : checked) {
            const QByteArray bytes = QFile::exists(file) ? phctest::readFile(file) : QByteArray();
            QVERIFY2(!bytes.contains(secretKey.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains("typed-pg-password-3141"), qPrintable(file));
        }

        // On request, secrets.env carries them, mode 0600, and only it.
        const QString withSecrets = m_scratch.filePath(QStringLiteral("secret-export-env"));
        retype(wizard->exportPage()->ui.folderEdit, withSecrets);
        clickLeft(wizard->exportPage()->ui.writeSecretsCheck);
        clickLeft(wizard->exportPage()->ui.exportButton);
        const QString env = withSecrets + QStringLiteral("/secrets.env");
        QVERIFY(phctest::readFile(env).contains(QByteArray("POSTHOG_SECRET_KEY=" + secretKey.toUtf8() + '\n')));
        const QFile::Permissions ownerGroupOther = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(env) & ownerGroupOther, QFile::ReadOwner | QFile::WriteOwner);
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void importedValuesBecomeAProfileAndABaseline()
    {
        const QString values = m_scratch.filePath(QStringLiteral("existing-values.yaml"));
        QFile f(values);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cloud: gcp\n"
                "ingress:\n"
                "  hostname: old.example.org\n"
                "  secretName: old-tls\n"
                "web:\n"
                "  replicacount: 4\n"
                "recordings:\n"
                "  replicacount: 2\n");
        f.close();
        MainWindow w(m_keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.importValues(values));
        WizardView *wizard = w.wizard();
        StartPage *start = wizard->startPage();
        QVERIFY(start->ui.importGroup->isVisible());
        // One chart key without a field, then the profile fields the file cannot carry.
        QVERIFY(start->ui.importReport->topLevelItemCount() > 1);
        for (int i = 1; i < start->ui.importReport->topLevelItemCount(); ++i)
            QCOMPARE(start->ui.importReport->topLevelItem(i)->text(0), QStringLiteral("profile"));
        QCOMPARE(start->ui.importReport->topLevelItem(0)->text(1), QStringLiteral("recordings.replicacount"));
        QCOMPARE(start->ui.importReport->topLevelItem(0)->text(0), QStringLiteral("8:17"));
        QCOMPARE(w.document()->profile().domain.hostname, QStringLiteral("old.example.org"));
        QCOMPARE(w.document()->profile().sizing.webReplicas.fixed, std::optional<int>(4));
        QCOMPARE(wizard->clusterPage()->ui.cloudCombo->currentData().toInt(), int(Cloud::Gcp));
        QVERIFY(w.isWindowModified());

        wizard->regenerateNow();
        ReviewPage *review = wizard->reviewPage();
        review->setCompare(ReviewPage::Compare::ImportedValues);
        const QString diff = review->shownText(QStringLiteral("helm/values.yaml"));
        QVERIFY2(diff.contains(QStringLiteral("\n-recordings:\n")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("\n+siteUrl: https://old.example.org\n")));
        QVERIFY(diff.contains(QStringLiteral("\n cloud: gcp\n"))); // unchanged, as context
        QCOMPARE(review->shownText(QStringLiteral("sql/retention.sql")).left(1), QStringLiteral("("));
        w.document()->reset(w.document()->profile(), QString(), false);
    }

    void unsavedChangesPromptOnClose()
    {
        MainWindow w(m_keychain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        clickLeft(w.wizard()->startPage()->ui.newExampleButton);
        QVERIFY(w.isWindowModified());
        {
            BoxAnswerer answer(QMessageBox::Cancel);
            QVERIFY(!w.close());
            QCOMPARE(answer.count, 1);
        }
        QVERIFY(w.isVisible());
        {
            BoxAnswerer answer(QMessageBox::Discard);
            QVERIFY(w.close());
            QCOMPARE(answer.count, 1);
        }
        // Geometry is remembered; nothing else about the session is.
        QVERIFY(!AppSettings::windowGeometry().isEmpty());
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
