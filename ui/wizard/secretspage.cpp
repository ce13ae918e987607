#include "secretspage.h"

#include "common/palettecolors.h"
#include "secrets/memorysecretstore.h"

#include <QHeaderView>

namespace phc {

SecretsPage::SecretsPage(ProfileDocument *document, SecretStore *keychain, QWidget *parent)
    : WizardPage(document, parent), m_keychain(keychain), m_memory(new MemorySecretStore(this))
{
    ui.setupUi(this);
    ui.keychainBanner->setAutoFillBackground(true);
    ui.keychainBanner->setMargin(8);
    ui.keychainBanner->hide();
    auto *table = ui.secretsTable;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Variable"), tr("Purpose"), tr("Source"), tr("Value")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Secrets of the deployment"));
    ui.valueEdit->setAccessibleName(tr("Value of the selected secret"));

    connect(table, &QTableWidget::currentCellChanged, this, [this](int row) { selectRow(row); });
    connect(ui.showValuesCheck, &QCheckBox::toggled, this, [this](bool show) {
        ui.valueEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(ui.valueEdit, &QLineEdit::editingFinished, this, [this] {
        const QString var = currentVar();
        if (!var.isEmpty() && ui.valueEdit->text() != m_values.value(var))
            setValue(var, ui.valueEdit->text());
    });
    connect(ui.generateButton, &QPushButton::clicked, this, [this] {
        for (const auto &s : secrets())
            if (s.envVar == currentVar())
                generateFor(s);
    });
    connect(ui.clearButton, &QPushButton::clicked, this, [this] {
        const QString var = currentVar();
        if (var.isEmpty())
            return;
        m_values.remove(var);
        m_state.insert(var, tr("not set"));
        store()->remove(SecretStore::keyFor(m_document->profile().name, var), this, [this](const SecretStore::Reply &) {
            fillTable();
            Q_EMIT storeStateChanged();
        });
        fillTable();
    });
    connect(ui.generateMissingButton, &QPushButton::clicked, this, [this] {
        for (const auto &s : secrets())
            if (s.generated && m_values.value(s.envVar).isEmpty())
                generateFor(s);
    });
    connect(ui.reloadButton, &QPushButton::clicked, this, [this] {
        m_loadedFor.clear();
        reload();
    });
    // A renamed or different profile has its own entries.
    connect(document, &ProfileDocument::changed, this, [this] {
        if (isVisible())
            enter();
    });
    probeKeychain();
}

SecretStore *SecretsPage::store() const
{
    return m_keychainAvailable && m_keychain ? m_keychain.data() : m_memory;
}

QString SecretsPage::whereStored() const
{
    return store() == m_keychain ? tr("in the keychain") : tr("this session");
}

QList<DeploymentSecret> SecretsPage::secrets() const
{
    return m_document->hasProfile() ? DeploymentSecrets::forProfile(m_document->profile()) : QList<DeploymentSecret>();
}

void SecretsPage::probeKeychain()
{
    if (!m_keychain) {
        m_probed = true;
        showBanner(tr("No keychain is in use: secrets live in memory for this session only "
                      "and are lost when the program ends. Nothing is written to disk."));
        Q_EMIT storeStateChanged();
        return;
    }
    ui.storeLabel->setText(tr("Checking the keychain..."));
    m_keychain->probe(this, [this](const SecretStore::Reply &reply) {
        m_probed = true;
        m_keychainAvailable = reply.status == SecretStore::Status::Ok;
        if (m_keychainAvailable) {
            ui.keychainBanner->hide();
            ui.storeLabel->setText(tr("Stored in: %1, service \"%2\".").arg(m_keychain->backendName(), SecretStore::serviceName()));
        } else {
            showBanner(tr("No keychain is reachable (%1). Secrets live in memory for this session only "
                                          "and are lost when the program ends; nothing is written to a plain-text file. "
                                          "Export them to secrets.env (mode 0600) if you need them later.")
                               .arg(reply.error));
            ui.storeLabel->setText(tr("Stored in: %1.").arg(m_memory->backendName()));
        }
        m_loadedFor.clear();
        reload();
        Q_EMIT storeStateChanged();
    });
}

void SecretsPage::showBanner(const QString &text)
{
    QPalette pal = ui.keychainBanner->palette();
    pal.setColor(QPalette::Window, PaletteColors::warning(pal));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Base));
    ui.keychainBanner->setPalette(pal);
    ui.keychainBanner->setText(text);
    ui.keychainBanner->show();
}

void SecretsPage::enter()
{
    if (m_document->hasProfile() && m_loadedFor != m_document->profile().name)
        reload();
    else
        fillTable();
}

void SecretsPage::reload()
{
    if (!m_probed || !m_document->hasProfile())
        return;
    const QString name = m_document->profile().name;
    m_loadedFor = name;
    m_values.clear();
    m_state.clear();
    const auto list = secrets();
    m_pending = int(list.size());
    for (const auto &s : list) {
        const QString var = s.envVar;
        m_state.insert(var, tr("reading..."));
        store()->read(SecretStore::keyFor(name, var), this, [this, var, name](const SecretStore::Reply &reply) {
            if (name != m_loadedFor)
                return; // an answer for a profile no longer shown
            if (reply.status == SecretStore::Status::Ok) {
                m_values.insert(var, reply.value);
                m_state.insert(var, whereStored());
            } else if (reply.status == SecretStore::Status::NotFound) {
                m_state.insert(var, tr("not set"));
            } else {
                m_state.insert(var, tr("error: %1").arg(reply.error));
            }
            if (--m_pending <= 0)
                Q_EMIT storeStateChanged();
            fillTable();
        });
    }
    fillTable();
}

void SecretsPage::fillTable()
{
    auto *table = ui.secretsTable;
    const QString current = currentVar();
    const auto list = secrets();
    table->setRowCount(int(list.size()));
    int currentRow = list.isEmpty() ? -1 : 0;
    for (int r = 0; r < list.size(); ++r) {
        const auto &s = list[r];
        const bool has = !m_values.value(s.envVar).isEmpty();
        const QString value = !has ? QStringLiteral("—")
            : ui.showValuesCheck->isChecked() ? m_values.value(s.envVar)
                                               : QString(8, QChar(0x2022));
        const QStringList cells {s.envVar, s.purpose, s.generated ? tr("generated") : tr("you supply"),
                                 value + QStringLiteral(" · ") + m_state.value(s.envVar)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(r, c, item);
            }
            item->setText(cells[c]);
        }
        if (s.envVar == current)
            currentRow = r;
    }
    if (currentRow >= 0 && table->currentRow() != currentRow)
        table->setCurrentCell(currentRow, 0);
    selectRow(table->currentRow());
}

void SecretsPage::selectRow(int row)
{
    const auto list = secrets();
    const bool valid = row >= 0 && row < list.size();
    ui.valueGroup->setEnabled(valid);
    if (!valid)
        return;
    const auto &s = list[row];
    ui.valueGroup->setTitle(s.envVar);
    if (!ui.valueEdit->hasFocus())
        ui.valueEdit->setText(m_values.value(s.envVar));
    ui.generateButton->setEnabled(s.generated);
}

QString SecretsPage::currentVar() const
{
    auto *item = ui.secretsTable->item(ui.secretsTable->currentRow(), 0);
    return item ? item->text() : QString();
}

void SecretsPage::generateFor(const DeploymentSecret &secret)
{
    setValue(secret.envVar, DeploymentSecrets::randomHex(secret.randomBytes));
    if (secret.envVar == currentVar())
        ui.valueEdit->setText(m_values.value(secret.envVar));
}

void SecretsPage::setValue(const QString &envVar, const QString &value)
{
    if (!m_document->hasProfile())
        return;
    m_values.insert(envVar, value);
    m_state.insert(envVar, tr("saving..."));
    fillTable();
    store()->write(SecretStore::keyFor(m_document->profile().name, envVar), value, this,
                   [this, envVar](const SecretStore::Reply &reply) {
                       m_state.insert(envVar, reply.status == SecretStore::Status::Ok
                                                  ? whereStored()
                                                  : tr("not saved: %1").arg(reply.error));
                       fillTable();
                       Q_EMIT storeStateChanged();
                   });
}

} // namespace phc
