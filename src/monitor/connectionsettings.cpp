#include "connectionsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace phc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("phc::ConnectionSettings", text);
}

const QString groupRoot = QStringLiteral("monitor/connections");

QString groupFor(const QString &profile)
{
    // QSettings reads '/' and '\' in keys as separators: keep names opaque.
    return groupRoot + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}

} // namespace

QString metricsSourceName(MetricsSource source)
{
    switch (source) {
    case MetricsSource::DirectScrape: return QStringLiteral("scrape");
    case MetricsSource::PrometheusServer: return QStringLiteral("prometheus");
    case MetricsSource::None: break;
    }
    return QStringLiteral("none");
}

std::optional<MetricsSource> metricsSourceFromName(const QString &name)
{
    for (MetricsSource s : {MetricsSource::None, MetricsSource::DirectScrape, MetricsSource::PrometheusServer})
        if (metricsSourceName(s) == name)
            return s;
    return std::nullopt;
}

QStringList ConnectionSettings::defaultProbePaths()
{
    return {QStringLiteral("/_health"), QStringLiteral("/_ready"), QStringLiteral("/_livez"), QStringLiteral("/_readyz")};
}

Issues ConnectionSettings::validate() const
{
    Issues issues;
    auto error = [&issues](const QString &path, const QString &message) {
        issues.append({path, 0, 0, Severity::Error, message});
    };
    auto warning = [&issues](const QString &path, const QString &message) {
        issues.append({path, 0, 0, Severity::Warning, message});
    };
    auto range = [&error](const QString &path, qint64 value, qint64 low, qint64 high) {
        if (value < low || value > high)
            error(path, tr("must be between %1 and %2").arg(low).arg(high));
    };

    if (baseUrl.isEmpty()) {
        error(QStringLiteral("baseUrl"), tr("is required"));
    } else if (!isHttpUrl(baseUrl)) {
        error(QStringLiteral("baseUrl"), tr("must be an http or https URL with a host name"));
    } else {
        if (!baseUrl.userInfo().isEmpty())
            error(QStringLiteral("baseUrl"), tr("must not contain a user name or password"));
        if (baseUrl.hasQuery() || baseUrl.hasFragment())
            error(QStringLiteral("baseUrl"), tr("must not contain a query or fragment"));
        if (baseUrl.scheme().toLower() == u"http" && !isLoopbackHost(baseUrl.host()))
            warning(QStringLiteral("baseUrl"),
                    tr("plain http to another computer: the API key will not be sent, use https"));
    }

    if (probePaths.isEmpty())
        warning(QStringLiteral("probePaths"), tr("no probes: health is not watched"));
    for (qsizetype i = 0; i < probePaths.size(); ++i) {
        const QString &p = probePaths[i];
        const QString path = QStringLiteral("probePaths[%1]").arg(i);
        if (p.startsWith(u'/'))
            continue;
        if (!isHttpUrl(QUrl(p)))
            error(path, tr("must be a path starting with / or an http(s) URL"));
    }

    if (metricsSource != MetricsSource::None && !isHttpUrl(metricsUrl))
        error(QStringLiteral("metricsUrl"), tr("must be an http or https URL for the chosen metrics source"));

    const qsizetype before = issues.size();
    range(QStringLiteral("timeoutMs"), timeoutMs, minTimeoutMs, maxTimeoutMs);
    range(QStringLiteral("pollIntervalMs"), pollIntervalMs, minPollIntervalMs, maxPollIntervalMs);
    const bool timesInRange = issues.size() == before;
    range(QStringLiteral("maxResponseBytes"), maxResponseBytes, 1024, 1024LL * 1024 * 1024);
    range(QStringLiteral("rateWindowSeconds"), rateWindowSeconds, 10, 3600);
    if (timesInRange && timeoutMs > pollIntervalMs)
        warning(QStringLiteral("timeoutMs"), tr("longer than the poll interval: slow rounds are skipped"));
    if (metricsSource == MetricsSource::DirectScrape && rateWindowSeconds * 1000LL < 2LL * pollIntervalMs)
        warning(QStringLiteral("rateWindowSeconds"), tr("shorter than two poll intervals: rates need two scrapes"));

    if (!extraCaFile.isEmpty() && !QFileInfo(extraCaFile).isReadable())
        error(QStringLiteral("extraCaFile"), tr("cannot be read"));

    for (qsizetype i = 0; i < corsOrigins.size(); ++i) {
        const QString &o = corsOrigins[i];
        const QUrl u(o);
        if (o.contains(u'*'))
            continue; // a pattern, as CORS_ALLOWED_ORIGIN_REGEXES would hold
        if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty() || (!u.path().isEmpty() && u.path() != u"/"))
            error(QStringLiteral("corsOrigins[%1]").arg(i), tr("must be an origin such as https://app.example.com"));
    }
    return issues;
}

FetchOptions ConnectionSettings::fetchOptions() const
{
    FetchOptions o;
    o.timeoutMs = timeoutMs;
    o.maxBytes = maxResponseBytes;
    o.extraCaFile = extraCaFile;
    return o;
}

QUrl ConnectionSettings::resolve(const QString &pathOrUrl) const
{
    const QUrl given(pathOrUrl);
    if (!given.scheme().isEmpty())
        return given;
    QUrl u = baseUrl;
    QString basePath = u.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype q = pathOrUrl.indexOf(u'?');
    QString path = q < 0 ? pathOrUrl : pathOrUrl.left(q);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    u.setPath(basePath + path);
    u.setQuery(q < 0 ? QString() : pathOrUrl.mid(q + 1));
    u.setFragment(QString());
    return u;
}

void ConnectionSettings::save(QSettings &settings, const QString &profile) const
{
    settings.remove(groupFor(profile));
    settings.beginGroup(groupFor(profile));
    settings.setValue(QStringLiteral("profile"), profile);
    settings.setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings.setValue(QStringLiteral("probePaths"), probePaths);
    settings.setValue(QStringLiteral("metricsSource"), metricsSourceName(metricsSource));
    settings.setValue(QStringLiteral("metricsUrl"), metricsUrl.toString());
    settings.setValue(QStringLiteral("timeoutMs"), timeoutMs);
    settings.setValue(QStringLiteral("pollIntervalMs"), pollIntervalMs);
    settings.setValue(QStringLiteral("maxResponseBytes"), maxResponseBytes);
    settings.setValue(QStringLiteral("extraCaFile"), extraCaFile);
    settings.setValue(QStringLiteral("rateWindowSeconds"), rateWindowSeconds);
    settings.setValue(QStringLiteral("corsOrigins"), corsOrigins);
    settings.endGroup();
}

Result<ConnectionSettings> ConnectionSettings::load(QSettings &settings, const QString &profile)
{
    if (!savedProfiles(settings).contains(profile))
        return Result<ConnectionSettings>::failure(
            {{QString(), 0, 0, Severity::Error, tr("no saved connection for profile \"%1\"").arg(profile)}});

    ConnectionSettings s;
    Issues issues;
    settings.beginGroup(groupFor(profile));
    auto unreadable = [&issues](const QString &key) {
        issues.append({key, 0, 0, Severity::Warning, tr("stored value unreadable, default used")});
    };
    auto readInt = [&](const QString &key, auto &target) {
        if (!settings.contains(key))
            return;
        bool ok = false;
        const qint64 v = settings.value(key).toLongLong(&ok);
        if (ok)
            target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        else
            unreadable(key);
    };
    auto readList = [&](const QString &key, QStringList &target) {
        if (settings.contains(key))
            target = settings.value(key).toStringList();
    };

    s.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
    readList(QStringLiteral("probePaths"), s.probePaths);
    if (settings.contains(QStringLiteral("metricsSource"))) {
        if (auto src = metricsSourceFromName(settings.value(QStringLiteral("metricsSource")).toString()))
            s.metricsSource = *src;
        else
            unreadable(QStringLiteral("metricsSource"));
    }
    s.metricsUrl = QUrl(settings.value(QStringLiteral("metricsUrl")).toString());
    readInt(QStringLiteral("timeoutMs"), s.timeoutMs);
    readInt(QStringLiteral("pollIntervalMs"), s.pollIntervalMs);
    readInt(QStringLiteral("maxResponseBytes"), s.maxResponseBytes);
    s.extraCaFile = settings.value(QStringLiteral("extraCaFile")).toString();
    readInt(QStringLiteral("rateWindowSeconds"), s.rateWindowSeconds);
    readList(QStringLiteral("corsOrigins"), s.corsOrigins);
    settings.endGroup();

    issues += s.validate();
    return Result<ConnectionSettings>(std::move(s), std::move(issues));
}

QStringList ConnectionSettings::savedProfiles(QSettings &settings)
{
    QStringList names;
    settings.beginGroup(groupRoot);
    const QStringList groups = settings.childGroups();
    for (const QString &g : groups)
        names.append(settings.value(g + QStringLiteral("/profile")).toString());
    settings.endGroup();
    names.removeAll(QString());
    names.sort();
    return names;
}

void ConnectionSettings::remove(QSettings &settings, const QString &profile)
{
    settings.remove(groupFor(profile));
}

} // namespace phc
