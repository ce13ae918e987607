#include "domainpage.h"

namespace phc {

DomainPage::DomainPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    auto *b = m_binder;
    b->text(ui.hostnameEdit, QStringLiteral("spec.domain.hostname"), [](const auto &p) { return p.domain.hostname; },
            [](auto &p, const QString &v) { p.domain.hostname = v; });
    b->choice(ui.tlsModeCombo, QStringLiteral("spec.domain.tls.mode"),
              {{tr("cert-manager issues the certificate"), int(TlsMode::CertManager)},
               {tr("an existing certificate Secret"), int(TlsMode::ExistingSecret)},
               {tr("no TLS (plain HTTP, e.g. behind a TLS proxy)"), int(TlsMode::None)}},
              [](const auto &p) { return int(p.domain.tls.mode); },
              [](auto &p, const int &v) { p.domain.tls.mode = TlsMode(v); });
    b->text(ui.clusterIssuerEdit, QStringLiteral("spec.domain.tls.clusterIssuer"),
            [](const auto &p) { return p.domain.tls.clusterIssuer; }, [](auto &p, const QString &v) { p.domain.tls.clusterIssuer = v; });
    b->showWhen(ui.clusterIssuerEdit, [](const auto &p) { return p.domain.tls.mode == TlsMode::CertManager; });
    b->text(ui.secretNameEdit, QStringLiteral("spec.domain.tls.secretName"),
            [](const auto &p) { return p.domain.tls.secretName; }, [](auto &p, const QString &v) { p.domain.tls.secretName = v; });
    b->showWhen(ui.secretNameEdit, [](const auto &p) { return p.domain.tls.mode != TlsMode::None; });
    b->check(ui.behindProxyCheck, QStringLiteral("spec.domain.behindProxy"), [](const auto &p) { return p.domain.behindProxy; },
             [](auto &p, const bool &v) { p.domain.behindProxy = v; });
    b->check(ui.trustAllProxiesCheck, QStringLiteral("spec.domain.trustAllProxies"),
             [](const auto &p) { return p.domain.trustAllProxies; }, [](auto &p, const bool &v) { p.domain.trustAllProxies = v; });
    b->enableWhen(ui.trustAllProxiesCheck, [](const auto &p) { return p.domain.behindProxy; });
    b->list(ui.corsOriginsEdit, QStringLiteral("spec.domain.corsOrigins"), [](const auto &p) { return p.domain.corsOrigins; },
            [](auto &p, const QStringList &v) { p.domain.corsOrigins = v; });
    b->list(ui.clientNamespacesEdit, QStringLiteral("spec.domain.clientNamespaces"),
            [](const auto &p) { return p.domain.clientNamespaces; }, [](auto &p, const QStringList &v) { p.domain.clientNamespaces = v; });
    ui.corsOriginsEdit->setAccessibleName(tr("CORS origins"));
    ui.clientNamespacesEdit->setAccessibleName(tr("Client namespaces"));
}

} // namespace phc
