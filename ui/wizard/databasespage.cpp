#include "databasespage.h"

namespace phc {

namespace {

bool external(ServiceMode m) { return m == ServiceMode::External; }

} // namespace

DatabasesPage::DatabasesPage(ProfileDocument *document, QWidget *parent) : WizardPage(document, parent)
{
    ui.setupUi(this);
    auto *b = m_binder;
    const QList<std::pair<QString, int>> modes {{tr("bundled (runs in the deployment)"), int(ServiceMode::Bundled)},
                                                {tr("external (one you operate)"), int(ServiceMode::External)}};
    using P = DeploymentProfile;
    // One text field of an external service, shown only in external mode.
    auto externalText = [b](QLineEdit *edit, const QString &path, auto field, auto mode) {
        b->text(edit, path, [field](const P &p) { return field(p); },
                [field](P &p, const QString &v) { field(p) = v; });
        b->showWhen(edit, [mode](const P &p) { return external(mode(p)); });
    };
    auto externalPort = [b](QSpinBox *spin, const QString &path, auto field, auto mode) {
        b->number(spin, path, [field](const P &p) { return field(p); },
                  [field](P &p, const int &v) { field(p) = v; });
        b->showWhen(spin, [mode](const P &p) { return external(mode(p)); });
    };

    // PostgreSQL
    auto pgMode = [](const P &p) { return p.databases.postgres.mode; };
    b->choice(ui.postgresModeCombo, QStringLiteral("spec.databases.postgres.mode"), modes,
              [](const P &p) { return int(p.databases.postgres.mode); },
              [](P &p, const int &v) { p.databases.postgres.mode = ServiceMode(v); });
    const QString pg = QStringLiteral("spec.databases.postgres.");
    externalText(ui.postgresHostEdit, pg + u"host", [](auto &p) -> auto & { return p.databases.postgres.host; }, pgMode);
    externalPort(ui.postgresPortSpin, pg + u"port", [](auto &p) -> auto & { return p.databases.postgres.port; }, pgMode);
    externalText(ui.postgresDatabaseEdit, pg + u"database", [](auto &p) -> auto & { return p.databases.postgres.database; }, pgMode);
    externalText(ui.postgresUserEdit, pg + u"username", [](auto &p) -> auto & { return p.databases.postgres.username; }, pgMode);
    externalText(ui.postgresSecretEdit, pg + u"existingSecret",
                 [](auto &p) -> auto & { return p.databases.postgres.existingSecret; }, pgMode);
    externalText(ui.postgresSecretKeyEdit, pg + u"existingSecretPasswordKey",
                 [](auto &p) -> auto & { return p.databases.postgres.existingSecretPasswordKey; }, pgMode);

    // Redis
    auto redisMode = [](const P &p) { return p.databases.redis.mode; };
    b->choice(ui.redisModeCombo, QStringLiteral("spec.databases.redis.mode"), modes,
              [](const P &p) { return int(p.databases.redis.mode); },
              [](P &p, const int &v) { p.databases.redis.mode = ServiceMode(v); });
    const QString redis = QStringLiteral("spec.databases.redis.");
    externalText(ui.redisHostEdit, redis + u"host", [](auto &p) -> auto & { return p.databases.redis.host; }, redisMode);
    externalPort(ui.redisPortSpin, redis + u"port", [](auto &p) -> auto & { return p.databases.redis.port; }, redisMode);
    externalText(ui.redisSecretEdit, redis + u"existingSecret", [](auto &p) -> auto & { return p.databases.redis.existingSecret; },
                 redisMode);
    externalText(ui.redisSecretKeyEdit, redis + u"existingSecretPasswordKey",
                 [](auto &p) -> auto & { return p.databases.redis.existingSecretPasswordKey; }, redisMode);

    // ClickHouse
    auto chMode = [](const P &p) { return p.databases.clickhouse.mode; };
    b->choice(ui.clickhouseModeCombo, QStringLiteral("spec.databases.clickhouse.mode"), modes,
              [](const P &p) { return int(p.databases.clickhouse.mode); },
              [](P &p, const int &v) { p.databases.clickhouse.mode = ServiceMode(v); });
    const QString ch = QStringLiteral("spec.databases.clickhouse.");
    externalText(ui.clickhouseHostEdit, ch + u"host", [](auto &p) -> auto & { return p.databases.clickhouse.host; }, chMode);
    externalText(ui.clickhouseClusterEdit, ch + u"cluster", [](auto &p) -> auto & { return p.databases.clickhouse.cluster; }, chMode);
    externalText(ui.clickhouseUserEdit, ch + u"user", [](auto &p) -> auto & { return p.databases.clickhouse.user; }, chMode);
    externalText(ui.clickhouseSecretEdit, ch + u"existingSecret",
                 [](auto &p) -> auto & { return p.databases.clickhouse.existingSecret; }, chMode);
    externalText(ui.clickhouseSecretKeyEdit, ch + u"existingSecretPasswordKey",
                 [](auto &p) -> auto & { return p.databases.clickhouse.existingSecretPasswordKey; }, chMode);
    // Bundled only: the volume and the pod's resources.
    auto bundledText = [b, chMode](QLineEdit *edit, const QString &path, auto field) {
        b->text(edit, path, [field](const P &p) { return field(p); },
                [field](P &p, const QString &v) { field(p) = v; });
        b->showWhen(edit, [chMode](const P &p) { return !external(chMode(p)); });
    };
    bundledText(ui.clickhousePersistenceEdit, ch + u"persistenceSize",
                [](auto &p) -> auto & { return p.databases.clickhouse.persistenceSize; });
    bundledText(ui.clickhouseCpuRequestEdit, ch + u"resources.requests.cpu",
                [](auto &p) -> auto & { return p.databases.clickhouse.resources.requests.cpu; });
    bundledText(ui.clickhouseMemoryRequestEdit, ch + u"resources.requests.memory",
                [](auto &p) -> auto & { return p.databases.clickhouse.resources.requests.memory; });
    bundledText(ui.clickhouseCpuLimitEdit, ch + u"resources.limits.cpu",
                [](auto &p) -> auto & { return p.databases.clickhouse.resources.limits.cpu; });
    bundledText(ui.clickhouseMemoryLimitEdit, ch + u"resources.limits.memory",
                [](auto &p) -> auto & { return p.databases.clickhouse.resources.limits.memory; });

    // Object storage
    auto osMode = [](const P &p) { return p.databases.objectStorage.mode; };
    b->choice(ui.objectStorageModeCombo, QStringLiteral("spec.databases.objectStorage.mode"), modes,
              [](const P &p) { return int(p.databases.objectStorage.mode); },
              [](P &p, const int &v) { p.databases.objectStorage.mode = ServiceMode(v); });
    const QString os = QStringLiteral("spec.databases.objectStorage.");
    externalText(ui.objectStorageEndpointEdit, os + u"endpoint",
                 [](auto &p) -> auto & { return p.databases.objectStorage.endpoint; }, osMode);
    externalText(ui.objectStorageBucketEdit, os + u"bucket", [](auto &p) -> auto & { return p.databases.objectStorage.bucket; },
                 osMode);
    externalText(ui.objectStorageRegionEdit, os + u"region", [](auto &p) -> auto & { return p.databases.objectStorage.region; },
                 osMode);
    externalText(ui.objectStorageSecretEdit, os + u"existingSecret",
                 [](auto &p) -> auto & { return p.databases.objectStorage.existingSecret; }, osMode);
}

} // namespace phc
