#include "generators.h"

namespace phc {

GeneratedFiles Generators::env(const GeneratorContext &ctx)
{
    const QString host = ctx.profile.siteUrl();
    const QString header = ctx.headerLines(QStringLiteral("#"));
    const QString apiServer = header
        + QStringLiteral("# PostHog settings for the API server (posthog-node).\n"
                         "# Replace the placeholders with the project API key (Project settings,\n"
                         "# phc_...) and a personal API key (Personal settings, phx_...).\n"
                         "# The personal key is a secret: keep this file mode 0600, out of version control.\n"
                         "POSTHOG_API_KEY=phc_your_project_api_key\n"
                         "POSTHOG_HOST=") + host + QStringLiteral("\n"
                         "ANALYTICS_ENABLED=true\n"
                         "\n"
                         "# Personal API key (for admin operations)\n"
                         "POSTHOG_PERSONAL_API_KEY=phx_your_personal_api_key\n");
    const QString webApp = header
        + QStringLiteral("# PostHog settings for the web app (posthog-js). The project API key is\n"
                         "# public by design: it only sends events.\n"
                         "NEXT_PUBLIC_POSTHOG_KEY=phc_your_project_api_key\n"
                         "NEXT_PUBLIC_POSTHOG_HOST=") + host + QStringLiteral("\n"
                         "NEXT_PUBLIC_ANALYTICS_ENABLED=true\n");
    return {
        {QStringLiteral("env/api-server.env"), apiServer.toUtf8(), GeneratedFile::Kind::Secret,
         QStringLiteral("environment of the API server; holds the personal API key once filled in")},
        {QStringLiteral("env/web-app.env.local"), webApp.toUtf8(), GeneratedFile::Kind::Regular,
         QStringLiteral("environment of the web app (public project key only)")},
    };
}

} // namespace phc
