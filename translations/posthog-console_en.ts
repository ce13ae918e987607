<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClusterPage</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate for &amp;Kubernetes (Helm chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate for Docker Co&amp;mpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30.46.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. release-1.43.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s default class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress controller namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP port on the host:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasesPage</name>
    <message>
        <source>Databases and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes Secret holding the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ClickHouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 16Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://s3.eu-west-1.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret with keys root-user and root-password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. analytics.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. letsencrypt-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. posthog-tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog runs &amp;behind a proxy or load balancer (IS_BEHIND_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust X-Forwarded-For from every proxy (TRUST_ALL_PROXIES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ORS origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder to write the files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write &amp;secrets.env (mode 0600) with the values from the Secrets step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Retention, backups, monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;recordings (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. s3://my-backups/posthog/ (empty: local disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;PodMonitors for the Prometheus Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scrape interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are kept in the keychain under the profile&apos;s name, never in the profile file. Values marked &quot;generated&quot; are made here; the others are passwords of services that already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate all &amp;missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizingPage</name>
    <message>
        <source>Sizing and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s tables (matching rows highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web replicas from the scaling table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orker replicas from the scaling table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoscale web and worker pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum pods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU target (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also scale on &amp;memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory target (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a deployment profile: the choices from which every file of the production guide is generated. Nothing leaves this computer until you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from the guide&apos;s &amp;example (analytics.distill.app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;blank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a chart values.yaml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where PostHog runs: the profile&apos;s name, the targets, the Kubernetes cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ConnectionDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape a /metrics endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus server API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8001/metrics (kubectl port-forward) or a Prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phx_... (optional: only the API key check needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths under the base URL, or full URLs (the plugin server&apos;s :6738/_health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origins your web app calls PostHog from; Diagnostics sends a CORS preflight for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1; never written to a file or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::CostPanel</name>
    <message>
        <source>Demo data: the numbers below come from the simulated instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed ingestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected monthly events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosting pays from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended replicas against the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost against monthly events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted (sizing table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events a month (%2 with PostHog Cloud&apos;s pricing of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never: PostHog Cloud is cheaper at every volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the ingestion rate is known (two samples are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rate × 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 vCPUs, %3 GB RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month for the same volume (pricing of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (autoscaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n too few</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::DashboardView</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the &amp;demo instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything shown comes from the simulated instance started by --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which metric names the key metrics are read from; automatic picks the preset with the most names present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts to look at them; watching goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost and sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No instance is watched&lt;/h3&gt;&lt;p&gt;Give the address of your PostHog instance, its probes and where its metrics are (a /metrics endpoint reached through a port-forward, or a Prometheus server).&lt;/p&gt;&lt;p&gt;Or watch the built-in demo instance: a simulated PostHog with bursts of events, a queue that builds and drains, and latency histograms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory, for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog probe down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is past its critical limit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog metric critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::DatabasesPage</name>
    <message>
        <source>Databases and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service runs inside the deployment (bundled) or is one you already operate (external).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled (runs in the deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external (one you operate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::DiagnosticsPanel</name>
    <message>
        <source>&amp;Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the production guide&apos;s troubleshooting steps against the instance: name resolution, certificate, CORS for each origin, probes, the personal API key and latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failure; %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the checks run against the simulated instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::DomainPage</name>
    <message>
        <source>Domain and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address users reach, its certificate, the proxy in front, and who may call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert-manager issues the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing certificate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS (plain HTTP, e.g. behind a TLS proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client namespaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ExportPage</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files to a folder. Nothing is replaced without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists, differs: will ask before replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link, folder or unreadable file is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder differ and would be replaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in the folder and differs from the generated file (%2 of %3).
Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 cannot be replaced (a link, folder or unreadable file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they were: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from the guide&apos;s &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New blank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chart values.yaml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chart values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm values (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PostHog Admin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PostHog Admin Console&lt;/b&gt; %1&lt;br&gt;Deployment files and a live dashboard for self-hosted PostHog.&lt;br&gt;Syntax highlighting: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard &amp;connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the d&amp;emo instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog Admin Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::MetricChartView</name>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events ingested per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse query p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API response p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning limit crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical limit crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::OperationsPage</name>
    <message>
        <source>Retention, backups, monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long data is kept, where backups go, and how Prometheus finds PostHog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ProbesPanel</name>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency over the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %n check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file as it will be written; changes as you edit any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed above before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are being generated...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the files below are what Export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); activate one to go to its field:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only helm/values.yaml is compared with the imported values)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new file: not in the export folder)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no changes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s) in %1 compared file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phc::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET_KEY and passwords, kept in the desktop keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets of the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is in use: secrets live in memory for this session only and are lost when the program ends. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: %1, service &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Secrets live in memory for this session only and are lost when the program ends; nothing is written to a plain-text file. Export them to secrets.env (mode 0600) if you need them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::SizingPage</name>
    <message>
        <source>Sizing and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected volume; the guide&apos;s tables turn it into replicas, nodes and a monthly cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to events/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2 web and %3 worker replicas, %4 ClickHouse node(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1 size): %2 per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::Sparkline</name>
    <message numerus="yes">
        <source>Latency of the last %n check(s); slowest %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phc::StartPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin from the guide&apos;s example, a blank profile, or files you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart keys that were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) became profile fields; the %2 listed below did not. Review every step: the rest of the profile has the defaults.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No profile yet: choose one of the ways above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile: %1 (not saved yet). Press Next to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile: %1 from %2. Press Next to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::StringListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::WizardPage</name>
    <message>
        <source>Start a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix on this page: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phc::WizardView</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
