#include "clusterpage.h"

namespace phc {

ClusterPage::ClusterPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    auto *b = m_binder;
    b->text(ui.nameEdit, QStringLiteral("metadata.name"), [](const auto &p) { return p.name; },
            [](auto &p, const QString &v) { p.name = v; });
    auto targetSetter = [](Target t) {
        return [t](DeploymentProfile &p, const bool &on) {
            if (on && !p.targets.contains(t))
                p.targets.append(t);
            if (!on)
                p.targets.removeAll(t);
            // Keep the canonical order so equal profiles compare equal.
            std::sort(p.targets.begin(), p.targets.end());
        };
    };
    b->check(ui.helmCheck, QStringLiteral("spec.targets"), [](const auto &p) { return p.hasTarget(Target::Helm); },
             targetSetter(Target::Helm));
    b->check(ui.composeCheck, QStringLiteral("spec.targets"),
             [](const auto &p) { return p.hasTarget(Target::Compose); }, targetSetter(Target::Compose));
    b->choice(ui.cloudCombo, QStringLiteral("spec.cluster.cloud"),
              {{tr("Amazon Web Services"), int(Cloud::Aws)},
               {tr("Google Cloud"), int(Cloud::Gcp)},
               {tr("Microsoft Azure"), int(Cloud::Azure)},
               {tr("DigitalOcean"), int(Cloud::Do)},
               {tr("Other"), int(Cloud::Other)}},
              [](const auto &p) { return int(p.cluster.cloud); }, [](auto &p, const int &v) { p.cluster.cloud = Cloud(v); });
    b->text(ui.namespaceEdit, QStringLiteral("spec.cluster.namespace"), [](const auto &p) { return p.cluster.namespaceName; },
            [](auto &p, const QString &v) { p.cluster.namespaceName = v; });
    b->text(ui.releaseEdit, QStringLiteral("spec.cluster.releaseName"), [](const auto &p) { return p.cluster.releaseName; },
            [](auto &p, const QString &v) { p.cluster.releaseName = v; });
    b->text(ui.chartVersionEdit, QStringLiteral("spec.cluster.chartVersion"),
            [](const auto &p) { return p.cluster.chartVersion; }, [](auto &p, const QString &v) { p.cluster.chartVersion = v; });
    b->text(ui.imageTagEdit, QStringLiteral("spec.cluster.imageTag"), [](const auto &p) { return p.cluster.imageTag; },
            [](auto &p, const QString &v) { p.cluster.imageTag = v; });
    b->text(ui.storageClassEdit, QStringLiteral("spec.cluster.storageClass"),
            [](const auto &p) { return p.cluster.storageClass; }, [](auto &p, const QString &v) { p.cluster.storageClass = v; });
    b->text(ui.ingressNamespaceEdit, QStringLiteral("spec.cluster.ingressControllerNamespace"),
            [](const auto &p) { return p.cluster.ingressControllerNamespace; },
            [](auto &p, const QString &v) { p.cluster.ingressControllerNamespace = v; });
    b->list(ui.podAndServiceCidrsEdit, QStringLiteral("spec.cluster.podAndServiceCidrs"),
            [](const auto &p) { return p.cluster.podAndServiceCidrs; },
            [](auto &p, const QStringList &v) { p.cluster.podAndServiceCidrs = v; });
    ui.podAndServiceCidrsEdit->setAccessibleName(tr("Pod and Service CIDRs"));
    b->number(ui.httpPortSpin, QStringLiteral("spec.compose.httpPort"), [](const auto &p) { return p.compose.httpPort; },
              [](auto &p, const int &v) { p.compose.httpPort = v; });
    connect(document, &ProfileDocument::changed, this, [this] {
        const auto &p = m_document->profile();
        ui.clusterGroup->setEnabled(p.hasTarget(Target::Helm));
        ui.composeGroup->setEnabled(p.hasTarget(Target::Compose));
    });
}

QStringList ClusterPage::pathPrefixes() const
{
    return {QStringLiteral("metadata"), QStringLiteral("spec.targets"), QStringLiteral("spec.cluster"),
            QStringLiteral("spec.compose")};
}

} // namespace phc
