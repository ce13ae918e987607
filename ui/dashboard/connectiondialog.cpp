#include "connectiondialog.h"

#include "common/palettecolors.h"
#include "common/stringlistedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace phc {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

QSpinBox *spin(QWidget *parent, int lo, int hi, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    return s;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent),
      m_baseUrl(new QLineEdit(this)),
      m_probes(new StringListEdit(this)),
      m_source(new QComboBox(this)),
      m_metricsUrl(new QLineEdit(this)),
      m_timeout(spin(this, 1, 120, tr(" s"))),
      m_interval(spin(this, 1, 3600, tr(" s"))),
      m_window(spin(this, 10, 3600, tr(" s"))),
      m_maxMiB(spin(this, 1, 1024, tr(" MiB"))),
      m_caFile(new QLineEdit(this)),
      m_origins(new StringListEdit(this)),
      m_apiKey(new QLineEdit(this)),
      m_apiKeyWhere(new QLabel(this)),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://analytics.example.com"));
    m_source->setObjectName(QStringLiteral("metricsSource"));
    m_source->addItem(tr("None"), QVariant::fromValue(int(MetricsSource::None)));
    m_source->addItem(tr("Scrape a /metrics endpoint"), QVariant::fromValue(int(MetricsSource::DirectScrape)));
    m_source->addItem(tr("Prometheus server API"), QVariant::fromValue(int(MetricsSource::PrometheusServer)));
    m_metricsUrl->setObjectName(QStringLiteral("metricsUrl"));
    m_metricsUrl->setPlaceholderText(tr("http://127.0.0.1:8001/metrics (kubectl port-forward) or a Prometheus URL"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("none: the system's certificate authorities"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("phx_... (for the key check, System status and async migrations)"));
    // Who may read what is PostHog's rule: posthog/permissions.py, posthog/api/async_migration.py.
    m_apiKey->setToolTip(tr("A personal API key. System status: any logged-in user of a self-hosted instance may "
                            "read it. Async migrations: only a staff user (PostHog makes the instance's first user "
                            "staff). Keys of PostHog 1.4x have no scopes: a key can do all its user can."));
    m_apiKeyWhere->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("connectionProblems"));
    m_problems->setWordWrap(true);
    m_probes->setToolTip(tr("Paths under the base URL, or full URLs (the plugin server's :6738/_health)."));
    m_origins->setToolTip(tr("Origins your web app calls PostHog from; Diagnostics sends a CORS preflight for each."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Probes:"), m_probes);
    form->addRow(tr("&Metrics source:"), m_source);
    form->addRow(tr("Metrics &URL:"), m_metricsUrl);
    form->addRow(tr("Request &timeout:"), m_timeout);
    form->addRow(tr("Poll &interval:"), m_interval);
    form->addRow(tr("&Rate window:"), m_window);
    form->addRow(tr("Largest &answer:"), m_maxMiB);
    // A row holding a layout gets no buddy from the form: give the label its editor.
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("CORS &origins:"), m_origins);
    form->addRow(tr("Personal API &key:"), m_apiKey);
    form->addRow(QString(), m_apiKeyWhere);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority"), QString(),
                                                          tr("Certificates (*.pem *.crt *.der);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    for (QLineEdit *e : {m_baseUrl, m_metricsUrl, m_caFile})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    for (QSpinBox *s : {m_timeout, m_interval, m_window, m_maxMiB})
        connect(s, &QSpinBox::valueChanged, this, &ConnectionDialog::revalidate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ConnectionDialog::revalidate);
    connect(m_probes, &StringListEdit::edited, this, &ConnectionDialog::revalidate);
    connect(m_origins, &StringListEdit::edited, this, &ConnectionDialog::revalidate);
    setSettings(ConnectionSettings());
}

void ConnectionDialog::setSettings(const ConnectionSettings &s)
{
    m_baseUrl->setText(s.baseUrl.toString());
    m_probes->setValues(s.probePaths);
    m_source->setCurrentIndex(m_source->findData(QVariant::fromValue(int(s.metricsSource))));
    m_metricsUrl->setText(s.metricsUrl.toString());
    m_timeout->setValue(qMax(1, s.timeoutMs / 1000));
    m_interval->setValue(qMax(1, s.pollIntervalMs / 1000));
    m_window->setValue(s.rateWindowSeconds);
    m_maxMiB->setValue(int(qMax<qint64>(1, s.maxResponseBytes / mebibyte)));
    m_caFile->setText(s.extraCaFile);
    m_origins->setValues(s.corsOrigins);
    revalidate();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.baseUrl = QUrl(m_baseUrl->text().trimmed());
    s.probePaths = m_probes->values();
    s.metricsSource = MetricsSource(m_source->currentData().toInt());
    s.metricsUrl = s.metricsSource == MetricsSource::None ? QUrl() : QUrl(m_metricsUrl->text().trimmed());
    s.timeoutMs = m_timeout->value() * 1000;
    s.pollIntervalMs = m_interval->value() * 1000;
    s.rateWindowSeconds = m_window->value();
    s.maxResponseBytes = m_maxMiB->value() * mebibyte;
    s.extraCaFile = m_caFile->text().trimmed();
    s.corsOrigins = m_origins->values();
    return s;
}

void ConnectionDialog::setApiKey(const QString &key, const QString &where)
{
    m_apiKey->setText(key);
    m_apiKeyWhere->setText(tr("Kept in %1; never written to a file or the settings.").arg(where));
}

QString ConnectionDialog::apiKey() const { return m_apiKey->text().trimmed(); }

void ConnectionDialog::revalidate()
{
    m_metricsUrl->setEnabled(m_source->currentData().toInt() != int(MetricsSource::None));
    const Issues issues = settings().validate();
    QStringList lines;
    for (const Issue &i : issues)
        lines << (i.severity == Severity::Error ? tr("Error") : tr("Warning")) + QStringLiteral(" · ") + i.path
                     + QStringLiteral(": ") + i.message;
    m_problems->setText(lines.join(u'\n'));
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, hasErrors(issues) ? PaletteColors::problem(palette()) : PaletteColors::warning(palette()));
    m_problems->setPalette(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(issues));
}

} // namespace phc
