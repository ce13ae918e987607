// Secret hygiene: the real flows run with known secret values, every debug
// category on, every Qt message, everything written to stderr and the CLI's
// output captured: the wizard with the keychain (generated and typed
// secrets, Save, export with and without secrets.env, QSettings), the
// commands with the secrets in their environment, and the personal API key
// through the dashboard (keychain, monitor rounds, diagnostics) and the
// probe command. Then every file under the throw-away HOME and runtime
// folder (tests/support/with-keyring.sh) is searched for each value, as
// UTF-8, UTF-16 and base64: only secrets.env (mode 0600) may hold the
// deployment's secrets, and the personal API key is nowhere. The key goes
// only to the key check at its own origin; the fetcher's rules (another
// origin, plain http to a remote host) are tested one by one in
// tests/monitor/tst_httpfetcher.cpp, here through the real callers.
#include "../cli/clirun.h"
#include "../ui/wizardtestsupport.h"
#include "adminstandinserver.h"
#include "nettestsupport.h"

#include "admin/adminclient.h"

#include "dashboard/dashboardview.h"
#include "dashboard/diagnosticspanel.h"
#include "monitor/diagnostics.h"
#include "monitor/instancemonitor.h"
#include "secrets/keychainsecretstore.h"
#include "wizard/secretspage.h"
#include "wizard/startpage.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTreeWidget>

#include <thread>

#include <unistd.h>

using namespace phc;
using namespace phctest;
using namespace phcuitest;

namespace {

QMutex messagesLock;
QStringList capturedMessages;

// Copies everything written to stderr (by Qt, QtKeychain, libsecret, glib or
// a sanitizer) into memory while still passing it on to the real stderr.
class StderrTee
{
public:
    bool start()
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return false;
        m_original = ::dup(STDERR_FILENO);
        ::dup2(fds[1], STDERR_FILENO);
        ::close(fds[1]);
        m_reader = std::thread([this, in = fds[0]] {
            char buffer[4096];
            ssize_t n;
            while ((n = ::read(in, buffer, sizeof buffer)) > 0) {
                {
                    const QMutexLocker lock(&m_lock);
                    m_captured.append(buffer, n);
                }
                [[maybe_unused]] const ssize_t written = ::write(m_original, buffer, size_t(n));
            }
            ::close(in);
        });
        return true;
    }
    // Restores stderr and returns all that passed.
    QByteArray stop()
    {
        if (m_original >= 0) {
            ::dup2(m_original, STDERR_FILENO); // closes the pipe's last write end: the reader ends
            ::close(m_original);
            m_original = -1;
            m_reader.join();
        }
        const QMutexLocker lock(&m_lock);
        return m_captured;
    }

private:
    int m_original = -1;
    std::thread m_reader;
    QMutex m_lock;
    QByteArray m_captured;
};

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&messagesLock);
    capturedMessages.append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
}

// Each form a value could take in a file: as typed, in a QDataStream or
// QSettings @Variant (UTF-16), base64.
QList<QByteArray> encodings(const QString &value)
{
    QByteArray utf16be, utf16le;
    for (const QChar c : value) {
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() >> 8);
    }
    return {value.toUtf8(), utf16be, utf16le, value.toUtf8().toBase64()};
}

bool holds(const QByteArray &bytes, const QString &value)
{
    const auto forms = encodings(value);
    return std::any_of(forms.cbegin(), forms.cend(), [&bytes](const QByteArray &f) { return bytes.contains(f); });
}

QByteArray readAllOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

    QString m_home;
    StderrTee m_stderr;
    KeychainSecretStore *m_keychain = nullptr;
    QHash<QString, QString> m_deploymentSecrets; // variable -> value, allowed in secrets.env only
    const QString m_personalApiKey = QStringLiteral("phx_hygieneCheck7Qm2ZpL9xWv4Rt8Ks1");
    QString m_profilePath;
    QString m_secretsEnv;

    QString home(const QString &relative) const { return m_home + u'/' + relative; }

private Q_SLOTS:
    void initTestCase()
    {
        // Everything this test writes lands in the throw-away HOME that with-keyring.sh made.
        m_home = QDir::homePath();
        QVERIFY2(m_home.startsWith(QDir::tempPath() + u'/'), "run through tests/support/with-keyring.sh (ctest does)");
        QVERIFY(m_stderr.start());
        qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qDebug("hygiene: capturing messages"); // proves the capture works, below

        setApplicationIdentity(); // the application's real QSettings location, inside HOME
        QSettings().clear();
        m_keychain = new KeychainSecretStore(this);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        m_stderr.stop();
    }

    void wizardKeychainSaveAndExport()
    {
        auto *w = new MainWindow(m_keychain);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        WizardView *wizard = w->wizard();
        clickLeft(wizard->startPage()->ui.newExampleButton);
        QVERIFY(w->document()->hasProfile());

        wizard->goTo(6);
        SecretsPage *page = wizard->secretsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->keychainAvailable(), 20000);
        clickLeft(page->ui.generateMissingButton);
        const QList<DeploymentSecret> secrets = page->secrets();
        const auto generated = std::count_if(secrets.cbegin(), secrets.cend(), [](const auto &s) { return s.generated; });
        QTRY_COMPARE(page->values().size(), generated);
        // Type every value the user supplies, each one distinct.
        for (int row = 0; row < secrets.size(); ++row) {
            if (secrets[row].generated)
                continue;
            const QString typed = QStringLiteral("typed-%1-Zq81vXc").arg(secrets[row].envVar.toLower());
            page->ui.secretsTable->setCurrentCell(row, 0);
            retype(page->ui.valueEdit, typed);
            QTest::keyClick(page->ui.valueEdit, Qt::Key_Tab);
            QTRY_COMPARE(page->values().value(secrets[row].envVar), typed);
        }
        m_deploymentSecrets = page->values();
        QCOMPARE(m_deploymentSecrets.size(), secrets.size());
        for (const QString &value : std::as_const(m_deploymentSecrets))
            QVERIFY(value.size() >= 16);

        m_profilePath = home(QStringLiteral("profiles/distill.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(m_profilePath).path()));
        QVERIFY(w->document()->saveAs(m_profilePath).isEmpty());

        wizard->goTo(8);
        ExportPage *exportPage = wizard->exportPage();
        retype(exportPage->ui.folderEdit, home(QStringLiteral("export-plain")));
        clickLeft(exportPage->ui.exportButton);
        QVERIFY2(exportPage->ui.openFolderButton->isEnabled(), qPrintable(exportPage->ui.resultLabel->text()));
        const QString withSecrets = home(QStringLiteral("export-secrets"));
        retype(exportPage->ui.folderEdit, withSecrets);
        clickLeft(exportPage->ui.writeSecretsCheck);
        clickLeft(exportPage->ui.exportButton);
        m_secretsEnv = withSecrets + QStringLiteral("/secrets.env");
        QVERIFY2(QFile::exists(m_secretsEnv), qPrintable(exportPage->ui.resultLabel->text()));

        // Closing saves geometry, recent files and folders to QSettings.
        w->document()->reset(w->document()->profile(), m_profilePath, false);
        w->close();
        delete w;
        QSettings().sync();
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY(QSettings().fileName().startsWith(m_home));
    }

    void commandLine()
    {
        // As if the user had sourced secrets.env and exported the API key in the CLI's shell.
        QList<std::pair<QString, QString>> extra {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")},
                                                  {QStringLiteral("POSTHOG_PERSONAL_API_KEY"), m_personalApiKey}};
        for (auto it = m_deploymentSecrets.cbegin(); it != m_deploymentSecrets.cend(); ++it)
            extra.append({it.key(), it.value()});
        const QList<QStringList> runs {
            {QStringLiteral("validate"), QStringLiteral("--profile"), m_profilePath},
            {QStringLiteral("generate"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--out"),
             home(QStringLiteral("export-cli"))},
            {QStringLiteral("init"), QStringLiteral("--out"), home(QStringLiteral("profiles/starter.yaml"))},
            {QStringLiteral("size"), QStringLiteral("--events"), QStringLiteral("2500000"), QStringLiteral("--json")},
        };
        QFile log(home(QStringLiteral("cli-output.log")));
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
        for (const QStringList &args : runs) {
            const clitest::Run r = clitest::cli(args, {}, {}, clitest::environment(extra));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            log.write((r.out + r.err).toUtf8());
        }
    }

    void personalApiKey()
    {
        // An instance that checks the key, and another origin (another port) it may redirect the check to.
        MiniHttpServer other([](const HttpRequest &) { return HttpResponse::json(200, "{}"); });
        QVERIFY(other.listen());
        bool redirect = false;
        MiniHttpServer instance([&](const HttpRequest &request) {
            if (request.path() == "/api/users/@me/") {
                if (redirect)
                    return HttpResponse {302, {{"Location", other.url().toEncoded() + "/api/users/@me/"}}, {}, false};
                if (request.header("Authorization") == "Bearer " + m_personalApiKey.toUtf8())
                    return HttpResponse::json(200, R"({"id":1,"uuid":"017f0d6e-0000-0000-0000-000000000001","email":"ops@example.com"})");
                return HttpResponse::json(401, R"({"detail":"Invalid personal API key."})");
            }
            if (request.path() == "/metrics")
                return HttpResponse::text(200, "# TYPE posthog_events_ingested_total counter\nposthog_events_ingested_total 5\n");
            if (request.path() == "/_health")
                return HttpResponse::text(200, "ok"); // web's answer (posthog/views.py health)
            return HttpResponse::json(200, R"({"status":"ok"})");
        });
        QVERIFY(instance.listen());
        ConnectionSettings settings;
        settings.baseUrl = instance.url();
        settings.probePaths = {QStringLiteral("/_health")};
        settings.metricsSource = MetricsSource::DirectScrape;
        settings.metricsUrl = instance.url().resolved(QUrl(QStringLiteral("/metrics")));
        settings.corsOrigins = {QStringLiteral("https://app.example.com")};

        // The dashboard: the key typed into the connection goes to the keychain, the settings to QSettings.
        auto *w = new MainWindow(m_keychain);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->newFromExample();
        w->showDashboard();
        DashboardView *dashboard = w->dashboard();
        dashboard->connectTo(settings, m_personalApiKey);
        const QString key = SecretStore::keyFor(w->document()->profile().name, QStringLiteral("POSTHOG_PERSONAL_API_KEY"));
        std::optional<SecretStore::Reply> reply;
        KeychainSecretStore again;
        again.read(key, this, [&reply](const auto &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 20000);
        QCOMPARE(reply->value, m_personalApiKey);
        QSignalSpy round(dashboard->monitor(), &InstanceMonitor::roundFinished);
        QVERIFY(dashboard->monitor()->roundOnce() || dashboard->monitor()->roundInProgress());
        QVERIFY(round.wait(30000));

        // Its diagnostics: accepted at its origin; a redirect to another origin is not followed.
        DiagnosticsPanel *panel = dashboard->diagnosticsPanel();
        auto keyCheck = [panel]() -> QString {
            panel->run();
            if (!QTest::qWaitFor([panel] { return panel->runButton()->isEnabled(); }, 30000))
                return QStringLiteral("no end");
            const auto rows = panel->results()->findItems(QStringLiteral("Personal API key accepted"), Qt::MatchExactly);
            return rows.size() == 1 ? rows.first()->text(1) : QStringLiteral("no row");
        };
        QCOMPARE(keyCheck(), QStringLiteral("pass"));
        redirect = true;
        QCOMPARE(keyCheck(), QStringLiteral("warn")); // "could not tell: HTTP 302"
        QVERIFY(other.requests().isEmpty());
        redirect = false;
        w->document()->reset(w->document()->profile(), QString(), false); // nothing to ask on closing
        w->close();
        delete w;

        // The probe command, with the key from its environment and every debug category on.
        const clitest::Run probe = clitest::cli(
            {QStringLiteral("probe"), QStringLiteral("--url"), instance.url().toString(), QStringLiteral("--probe"),
             QStringLiteral("/_health"), QStringLiteral("--json")},
            {}, {},
            clitest::environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), m_personalApiKey},
                                  {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}}));
        QVERIFY2(probe.out.contains(QStringLiteral("\"apiKey\"")), qPrintable(probe.out + probe.err));
        QFile log(home(QStringLiteral("cli-output.log")));
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
        log.write((probe.out + probe.err).toUtf8());

        // Everyone sent it to the key check and the System status tab's admin API alone: no probe,
        // scrape, CORS or latency request carries it.
        int withKey = 0;
        for (const HttpRequest &r : instance.requests()) {
            if (r.header("Authorization").isEmpty())
                continue;
            if (r.path().startsWith("/api/instance_status") || r.path().startsWith("/api/async_migrations"))
                continue;
            ++withKey;
            QCOMPARE(r.path(), QByteArray("/api/users/@me/"));
        }
        QCOMPARE(withKey, 3); // the two diagnostics runs and the probe's check; a monitor round sends none
        QVERIFY(instance.requests().size() > withKey);

        // Plain http to a host that is not this machine: refused before anything is sent
        // (rule by rule in tst_httpfetcher; here through the diagnostics).
        CountingNam nam;
        HttpFetcher remoteFetcher(&nam);
        settings.baseUrl = QUrl(QStringLiteral("http://192.0.2.10:8000"));
        settings.metricsSource = MetricsSource::None;
        remoteFetcher.setCredentials(settings.baseUrl, m_personalApiKey.toUtf8());
        Diagnostics remote(&remoteFetcher);
        QSignalSpy remoteDone(&remote, &Diagnostics::finished);
        QVERIFY(remote.run(settings));
        QVERIFY(remoteDone.wait(60000));
        for (const DiagnosticCheck &c : remote.results())
            if (c.id == u"api-key")
                QVERIFY2(c.summary.startsWith(QStringLiteral("not sent")), qPrintable(c.summary));
        for (const QNetworkRequest &r : std::as_const(nam.seen))
            QVERIFY2(!r.hasRawHeader("Authorization"), qPrintable(r.url().toString()));
        QSettings().sync();
    }

    // PostHog's admin API (status, migrations, upgrade-check): the key goes to
    // the instance's origin alone, also when DRF's "next" names another one.
    void adminApiKey()
    {
        MiniHttpServer other([](const HttpRequest &) { return HttpResponse::json(200, "{}"); });
        QVERIFY(other.listen());
        AdminStandInServer standIn;
        standIn.state().apiKey = m_personalApiKey.toUtf8();
        standIn.state().pageSize = 1;
        standIn.state().nextOrigin = other.url().toString();
        const auto env = clitest::environment({{QStringLiteral("POSTHOG_PERSONAL_API_KEY"), m_personalApiKey},
                                               {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}});
        const QString url = standIn.url().toString();
        QList<clitest::Run> runs {
            clitest::cli({QStringLiteral("status"), QStringLiteral("--url"), url, QStringLiteral("--json")}, {}, {}, env),
            clitest::cli({QStringLiteral("upgrade-check"), QStringLiteral("--url"), url, QStringLiteral("--to"),
                          QStringLiteral("1.44.0")}, {}, {}, env),
            clitest::cli({QStringLiteral("migrations"), QStringLiteral("--url"), url, QStringLiteral("--trigger"),
                          QStringLiteral("0009_minmax_indexes_for_materialized_columns"), QStringLiteral("--yes")},
                         {}, {}, env),
        };
        QFile log(home(QStringLiteral("cli-output.log")));
        QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Append));
        for (const clitest::Run &r : runs) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            log.write((r.out + r.err).toUtf8());
        }
        QVERIFY(other.requests().isEmpty());
        for (const HttpRequest &r : standIn.server().requests())
            QCOMPARE(r.header("Authorization"), "Bearer " + m_personalApiKey.toUtf8());
        QCOMPARE(standIn.requests("POST").size(), 1);

        // Plain http to a host that is not this machine: nothing is sent at all.
        CountingNam nam;
        HttpFetcher remoteFetcher(&nam);
        const QUrl remote(QStringLiteral("http://192.0.2.10:8000"));
        remoteFetcher.setCredentials(remote, m_personalApiKey.toUtf8());
        AdminClient client(&remoteFetcher);
        client.setBaseUrl(remote);
        std::optional<AdminSnapshot> snapshot;
        client.fetchSnapshot(this, [&snapshot](const AdminSnapshot &s) { snapshot = s; });
        QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 20000);
        QCOMPARE(snapshot->error.failure, AdminFailure::KeyMissing);
        QVERIFY(nam.seen.isEmpty());
    }

    void onlySecretsEnvHoldsSecrets()
    {
        QVERIFY(!m_deploymentSecrets.isEmpty());
        // The capture works: our own debug line is in it, Qt's debug categories were on.
        {
            const QMutexLocker lock(&messagesLock);
            QVERIFY(capturedMessages.contains(QStringLiteral("default hygiene: capturing messages")));
            for (const QString &message : std::as_const(capturedMessages)) {
                QVERIFY2(!message.contains(m_personalApiKey), qPrintable(message));
                for (const QString &value : std::as_const(m_deploymentSecrets))
                    QVERIFY2(!message.contains(value), qPrintable(message));
            }
        }
        const QByteArray stderrText = m_stderr.stop();
        QVERIFY(!holds(stderrText, m_personalApiKey));
        for (auto s = m_deploymentSecrets.cbegin(); s != m_deploymentSecrets.cend(); ++s)
            QVERIFY2(!holds(stderrText, s.value()), qPrintable(s.key()));

        // secrets.env carries every deployment secret, for its owner only.
        const QByteArray env = readAllOf(m_secretsEnv);
        for (auto it = m_deploymentSecrets.cbegin(); it != m_deploymentSecrets.cend(); ++it)
            QVERIFY2(env.contains(QByteArray(it.key().toUtf8() + '=' + it.value().toUtf8() + '\n')), qPrintable(it.key()));
        QCOMPARE(QFile::permissions(m_secretsEnv) & everyone, QFile::ReadOwner | QFile::WriteOwner);

        // Every file under HOME and the runtime folder: the profile, QSettings, the exports,
        // the CLI's output, the keyring's own files.
        QStringList roots {m_home};
        if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
            roots << qEnvironmentVariable("XDG_RUNTIME_DIR");
        int files = 0;
        QStringList expected {m_profilePath, QSettings().fileName(), m_secretsEnv,
                              home(QStringLiteral("cli-output.log")), home(QStringLiteral("export-plain/helm/values.yaml")),
                              home(QStringLiteral("export-cli/helm/values.yaml"))};
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!it.fileInfo().isFile())
                    continue; // sockets and pipes of the session
                expected.removeAll(path);
                ++files;
                const QByteArray bytes = readAllOf(path);
                QVERIFY2(!holds(bytes, m_personalApiKey), qPrintable(path));
                if (path == m_secretsEnv)
                    continue;
                for (auto s = m_deploymentSecrets.cbegin(); s != m_deploymentSecrets.cend(); ++s)
                    QVERIFY2(!holds(bytes, s.value()), qPrintable(path + QStringLiteral(" holds ") + s.key()));
            }
        }
        // The walk saw what the flows wrote (and more: the keyring's files, Qt's caches).
        QVERIFY2(expected.isEmpty(), qPrintable(expected.join(u' ')));
        QVERIFY(files > 20);
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
