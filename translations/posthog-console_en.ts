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
    <message>
        <source>P&amp;od and Service CIDRs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s own address ranges, e.g. 10.244.0.0/16 and 10.96.0.0/12. The NetworkPolicy lets PostHog reach external services at any address but these, so their ports do not open the other namespaces&apos; pods. kubectl cluster-info dump | grep -m1 -e service-cluster-ip-range -e cluster-cidr shows them.</source>
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
    <message>
        <source>Upgrade check against the watched instance</source>
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
    <message>
        <source>E&amp;vents (capture) replicas from the scaling table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plugins (ingestion) replicas from the scaling table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoscale web, events, worker and plugins pods</source>
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
    <name>phc::AdminChecks</name>
    <message>
        <source>the instance does not report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether %1 is alive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not alive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: resume or roll it back; releases past its maximum version refuse to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog reports async migrations that are not up to date: run them before the next upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async migrations are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its async migrations (async_migrations_ok; the list needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reachable API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff user&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dead letter queue ratio (dead_letter_queue_ratio_ok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the last 24 h, %2 in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20% or more of the last day&apos;s events went to the dead letter queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object storage (object_storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object storage is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether object storage is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object storage is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object storage is enabled but not healthy: session recordings and exports fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1: &apos;%2&apos; of &apos;%3&apos; is not a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1: %2 free of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse&apos;s disks (clickhouse_disk_0_free_space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under %2: ClickHouse stops inserting when it is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last event ingested (last_event_ingested_timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event was ingested in the last hour: is the plugin server consuming?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last event ingested %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis&apos; maxmemory setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis&apos; maxmemory reads &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxmemory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis has no memory limit (maxmemory 0): it then grows until it is killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no version gate is known for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is within PostHog %3&apos;s %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside PostHog %3&apos;s %4: the next restart will fail its start check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above warn (%1): the check fails below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below warn (%1): the check fails above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web app and the API fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching, the plugin server&apos;s jobs and Celery stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insight can be computed and no event stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events are ingested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check could be evaluated: the answer has none of the rows PostHog&apos;s System status sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::AdminClient</name>
    <message>
        <source>a user of this instance (an organization admin when it has several organizations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff user (instance admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (PostHog: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not requested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog refused the personal API key for %1 (HTTP 401)%2: it is wrong, revoked or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the personal API key&apos;s user may not read %1 (HTTP 403)%2: it needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3%4: PostHog&apos;s web service does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3%4: is this PostHog&apos;s address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fetcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system status is not PostHog&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running queries are not PostHog&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the async migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the async migrations are not PostHog&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the async migrations did not end after %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the async migration action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the action is not PostHog&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not PostHog&apos;s answer, larger than %2, more than PostHog sends there (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not PostHog&apos;s answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::AsyncMigrationCatalog</name>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 1.43.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the migrations above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::AsyncMigrationReader</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status PostHog knows (0 to 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage (0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog marks it Starting and hands it to a Celery worker, which runs its operations in order; it may take hours. PostHog refuses while another async migration runs, or when its version is outside the migration&apos;s minimum and maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog hands it to a Celery worker again, which continues from the operation that errored, not from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: PostHog runs the rollback of every operation done so far, the last first: the work of the migration is undone. It ends RolledBack, or Errored when a rollback fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANGER: PostHog revokes the migration&apos;s Celery task with terminate, which kills the worker process (another task of that worker can be lost), records the error &apos;Force stopped by user&apos; and rolls the migration back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANGER: PostHog kills the worker process as a force stop does (another task of that worker can be lost) and leaves the migration Errored, its operations as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANGER: PostHog rolls back a migration that completed successfully: every operation&apos;s rollback runs, the last first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::AtomicWriter</name>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::BundleWriter</name>
    <message>
        <source>%1 exists and is not a regular file; not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; use --force to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::Cli</name>
    <message>
        <source>Save a PNG of each wizard page and dashboard tab into DIR and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this run; do not use the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a simulated PostHog instance on 127.0.0.1 and open the dashboard on it, labelled &quot;Demo data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, %3 lines, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families:    %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:      %1 (%2 samples)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics: none of the presets&apos; metrics are present
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics (preset %1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics (preset %1, picked by the names present):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed lines: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Prometheus or OpenMetrics text payload: a file, - for standard input, or an http(s) URL, fetched with the Accept header Prometheus sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a metrics payload; summarise its families, series, key metrics and malformed lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the payload: a FILE, a URL or - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1: must be more than 0 and at most 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-bytes: &apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more problems not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each round checks the probes, reads the key metrics and projects the ingestion rate onto the sizing
tables. A direct scrape needs two samples for rates: --once takes two, --sample-interval apart, and
prints the second; with --watch the first round&apos;s rates are unknown (null).

The personal API key is read from the environment variable %1, never from the
command line (where other users can see it). When it is set, every round also checks that it is
accepted (GET /api/users/@me/); it is sent only to the origin of --url, and only over https or to
this computer.

Exit codes (those of monitoring plugins; with --watch, the last round&apos;s):
  0  healthy
  1  degraded: a probe is not up, a key metric is past its critical limit, the metrics
     source could not be read, or the API key was refused
  2  down: no probe answered
  3  no verdict: wrong arguments, a --presets, --profile or --ca-file file with problems,
     or stopped before the first round finished
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoscaled %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated (external ClickHouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 too few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended %1, profile %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics: no metrics source (--metrics-url or --prometheus)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrape of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics: not read from %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics (preset %1, %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds crossed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 past the limit %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection of %1 events/s over 30 days, self-hosted:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PostHog Cloud:    ~%1/mo (%2, %3 events, pricing of %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: needs the ingestion rate
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift against %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift against %1: needs the ingestion rate
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a running instance: health probes, key metrics, thresholds and the cost projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-url and --prometheus: give one metrics source, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once and --watch: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the starter profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite the file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a commented starter profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; use --force to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a profile; print every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to generate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite files that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate every file for a profile. Validates first; writes nothing on error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource tier, scaling row, replicas and cost for a monthly event count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events: &apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] [PROFILE]       start the desktop application
       %1 COMMAND [OPTIONS]         run a command without a display

PostHog Admin Console: deployment files and a live dashboard for self-hosted PostHog.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; after a command, that command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;probe&apos; exits as monitoring plugins do: 0 healthy, 1 degraded, 2 down, 3 no verdict (wrong
arguments included); see &apos;%1 probe --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command; it goes first, before any option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the profile or input has problems (each printed as FILE:LINE:COL: key.path: message)
  2  wrong arguments
  3  a file could not be read or written, or exists and --force was not given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing and cost tables to use instead of the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-metric preset to use instead of picking one by the names present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-metric presets and thresholds file to use instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a request may take, connect to last byte (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate (PEM or DER) to trust for https besides the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (since the process started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s base URL, e.g. https://posthog.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape this Prometheus text endpoint directly (web&apos;s :8001/metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key metrics from this Prometheus server&apos;s HTTP API instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe path under --url, or an absolute URL; repeat for more. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check once and exit (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round every SECONDS, each printed, until interrupted (SIGINT, SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once and --metrics-url: seconds between the two scrapes (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per round, each on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment profile: show how its replicas and ClickHouse nodes compare with what the observed volume needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than the time a request may take (%1 seconds, --timeout): a round still waiting for answers makes the next one be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each VALUE is read as YAML: a single value, or a flow list such as
[https://a.example, https://b.example]; quote it (&apos;&quot;8080&quot;&apos;) to make it a string.
KEY- removes an optional key. A key the file does not have yet is added where the
starter profile places it. Only the lines of the keys given change; comments, blank
lines, key order and quoting of the rest stay as they are. The result is validated
first: with any problem nothing is written. Secrets are never stored in a profile.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a YAML value: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: list items must be single values, as in [a, b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is no value; write %1- to remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a single value or a flow list [a, b], found a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to edit in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key path and its new value, or KEY- to remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change values of a profile in place, keeping its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to set: give KEY=VALUE or KEY- (see &apos;set --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither KEY=VALUE nor KEY- (KEY a path such as spec.cluster.imageTag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never stored in a profile; the wizard keeps them in the keychain, install.sh and compose/.env read them from secrets.env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url %1: not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout %1: must be between 0.1 and 120 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict: %1 is not set; PostHog&apos;s admin API answers only with a personal API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async migrations:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async migrations: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow ClickHouse queries (over 10 s, last 6 h):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostHog instance&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment profile: its imageTag is the PostHog version when the instance does not report one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of the checks to use instead of the built-in ones (admin-checks.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads PostHog&apos;s own System status (GET /api/instance_status, its queries and the async migrations)
and judges it: services alive, async migrations, dead letter queue, object storage, ClickHouse disk,
ingestion lag, Redis&apos; memory limit, PostgreSQL and Redis versions against PostHog&apos;s gates.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s own system status, as checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really send the action (without it, only say what it would do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &apos;%1&apos; for the migration NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes:
  0  listed, or the action was accepted
  1  PostHog refused the action (its reason is shown)
  2  the instance does not answer
  3  no verdict: wrong arguments, no key, the key refused, an unknown migration, no --yes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s async migrations: list them or act on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2: give one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no async migrations
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: this instance has no such async migration; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog refused &apos;%1&apos; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog accepted &apos;%1&apos; for %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to upgrade to: 1.44.0 or release-1.44.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment profile whose imageTag is the version to upgrade to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the instance be upgraded to a version, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the target version with --to VERSION or --profile FILE (its imageTag), one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1: unknown language; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one profile at most; also given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugins replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PostHog version: not reported (images built after mid-2023 have no row)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PostHog version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PostHog version: not reported; %1 from the profile
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Helm: not reported (not installed with the chart, or an older chart)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Helm: chart %1, release %2, revision %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1 check could not read its input and counts against healthy:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 checks could not read their input and count against healthy:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists PostHog&apos;s async migrations (GET /api/async_migrations, every page), or sends one action
(POST /api/async_migrations/&lt;id&gt;/&lt;action&gt;). The migration&apos;s name is checked against the instance&apos;s
list first (with a did-you-mean). Without --yes an action sends nothing: it reads the list, says what
it would do and exits 3.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: this instance has no such async migration (did you mean &apos;%3&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would send &apos;%1&apos; for %2 (%3) to %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog would refuse it: &apos;%1&apos; is not taken for a migration that is %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent; add --yes to send it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version the instance runs, instead of the one it reports (images built after mid-2023 report none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks whether the live instance can be upgraded to a version: async migrations that must complete
first (the instance&apos;s own list, and those later releases ship, from PostHog&apos;s source), failed
migrations, and PostgreSQL and Redis against the target&apos;s service gates. ClickHouse, whose version
PostHog does not report, is a note to check by hand. Prints go or blocked with the steps: where to
stop, what to run there, then the target.
The rules are those of PostHog&apos;s migrate job (run_async_migrations --check): a Running, Starting or
Errored migration blocks every upgrade; one that is not completed blocks a target past its maximum
version unless that target ships it as a no-op. An older target is a downgrade, which PostHog does
not support (async migrations do not run backwards): blocked. Each stop-over names the release and
the chart version of PostHog&apos;s runbook, as a helm command.
The version the instance runs is its posthog_version row (PostHog 1.4x); images built after
mid-2023 report none: give it with --from VERSION (which wins over the row in every case).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes:
  0  go
  1  blocked (each blocker printed), a downgrade included
  2  the instance does not answer
  3  no verdict: wrong arguments, no key, the key refused, an answer that is not PostHog&apos;s, or
     an instance that does not report its version (give --from VERSION)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1: not a PostHog version such as 1.43.0 or release-1.43.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict: the instance does not report its PostHog version (images built after mid-2023 have no posthog_version row); give the version it runs with --from VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  the payload was read without malformed lines (and, in OpenMetrics form, breaks
     none of the OpenMetrics 1.0 rules)
  1  malformed lines were found, or a payload in OpenMetrics form breaks its rules
     (each printed as FILE:LINE:COL: metric: message), or the --presets file has problems
  2  wrong arguments
  3  the payload could not be read or fetched, or is larger than --max-bytes (default %1);
     or the --presets file could not be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics rules broken: %1 (the values were read all the same)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal API key is read from the environment variable %1, never from the command line
(where other users can see it). It is sent only to the origin of --url, over https or to this
computer. Who may read what is PostHog&apos;s rule (posthog/permissions.py, posthog/api/async_migration.py).
The system status (/api/instance_status) any logged-in user of a self-hosted instance
(SingleTenancyOrAdmin; on PostHog Cloud staff only), the async migrations (/api/async_migrations)
a staff user only (IsStaffUser; PostHog makes an instance&apos;s first user staff). Personal API keys
of PostHog 1.4x have no scopes: a key can do all its user can, so keep it to this machine and
revoke it in PostHog when it is no longer needed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes (those of monitoring plugins):
  0  healthy
  1  degraded: a check warns or fails
  2  down: the instance does not answer
  3  no verdict: wrong arguments, no key, the key refused, an answer that is not PostHog&apos;s, or
     one in which no check could read its rows
A check that cannot read its row is &apos;unknown&apos;, listed first, and makes the verdict degraded;
healthy means every check ran and passed. PostHog caches /api/instance_status for 60 s, so
the lag and disk values can be a minute old.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::CloudPricing</name>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-08-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only USD is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price must not be negative</source>
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
    <message>
        <source>Pod and Service CIDRs</source>
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
    <message>
        <source>phx_... (for the key check, System status and async migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal API key. System status: any logged-in user of a self-hosted instance may read it. Async migrations: only a staff user (PostHog makes the instance&apos;s first user staff). Keys of PostHog 1.4x have no scopes: a key can do all its user can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ConnectionSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http or https URL with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http to another computer: the API key will not be sent, use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probes: health is not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a path starting with / or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http or https URL for the chosen metrics source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than the poll interval: slow rounds are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than two poll intervals: rates need two scrapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an origin such as https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved connection for profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored value unreadable, default used</source>
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
        <translation>
            <numerusform>%n too few</numerusform>
            <numerusform>%n too few</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than needed</source>
        <translation>
            <numerusform>%n more than needed</numerusform>
            <numerusform>%n more than needed</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted beyond %1 events: estimate (%2 per million events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted beyond %1 events: at least %2 (the sizing table ends there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not below %1 events a month, if at all: PostHog Cloud (pricing of %2) costs less than %3 up to there, and beyond %4 events the sizing table gives only that floor for self-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>&amp;Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric names, PromQL and thresholds of the key metrics: save a copy, edit it, load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a mapping file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load metric mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy to edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save metric mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;built-in mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics read with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics read with the built-in mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
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
    <name>phc::DeploymentSecrets</name>
    <message>
        <source>PostHog&apos;s SECRET_KEY: signs sessions and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the bundled PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the external PostgreSQL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the external Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the bundled ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the external ClickHouse user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO root user (PostHog&apos;s access key id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MinIO root password (PostHog&apos;s secret key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access key id of the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret access key of the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value cannot contain a line break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::Diagnostics</name>
    <message>
        <source>Host name resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS preflight from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health probes answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API key accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name in the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address: nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http to this computer: no TLS to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http: traffic is readable on the way and the API key is not sent; use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake with %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days to expiry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, but expires in %1 days (renewal may be failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid for %1 and %2 more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pattern; a browser never sends it as an Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the preflight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed: browsers block the web app&apos;s requests (add it to CORS_ALLOWED_ORIGINS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer allows %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight answered HTTP %1; browsers need a 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed, but not the %2 method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every origin is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probe paths configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, HTTP %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 probes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no personal API key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is rejected (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not tell: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1, worst %2 over %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
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
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failure; %n warning(s).</source>
        <translation>
            <numerusform>No failure; %n warning.</numerusform>
            <numerusform>No failure; %n warnings.</numerusform>
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
        <translation>
            <numerusform>%n file in the folder differs and would be replaced.</numerusform>
            <numerusform>%n files in the folder differ and would be replaced.</numerusform>
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
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they were: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets.env cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::FieldBinder</name>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::HealthProber</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not PostHog&apos;s answer: %1, an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not PostHog&apos;s answer: %1, starting &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text, for the commands, in a terminal: man posthog-console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard: next step (as the Next button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field or button of that label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: go to the field of that problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::HttpFetcher</name>
    <message>
        <source>the extra CA file %1 could not be read or holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no personal API key is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1 refused: only redirects within %2 are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects; the last pointed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer passed the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid HTTP answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1:%2 (nothing listens there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid HTTP answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::InstanceMonitor</name>
    <message>
        <source>no preset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus server has no key metric of any preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped in this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::InstanceStatusReader</name>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a boolean, a number or a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::Json</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::JsonFields</name>
    <message>
        <source>more problems not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::KeyMetrics</name>
    <message>
        <source>not exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped in this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not exposed as a family of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two scrapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval between the scrapes is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the previous scrape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series in both scrapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series with a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1, not a histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no observations in the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing counted in the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing counted</source>
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
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
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
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide (&amp;all sections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::MapReader</name>
    <message>
        <source>expected a mapping, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; a YAML document may be at most %2 bytes (4 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is longer than %1 bytes (4 MiB), the most a YAML document may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document is %1 bytes; the limit is %2 bytes (4 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8: byte 0x%1 cannot stand here; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 of the characters &apos;,&apos;, &apos;[&apos; and &apos;{&apos; (flow lists and mappings); the limit keeps memory bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values (keys, list items, scalars); the limit keeps memory bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML could not be read: %1</source>
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
    <name>phc::MetricPresets</name>
    <message>
        <source>&apos;%1&apos; is not a Prometheus duration such as 30s, 1m or 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preset name is lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another preset is already named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of label names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a &apos;mean&apos; source has a countMetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantile lies between 0 and 1, exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a &apos;quantile&apos; source has a quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a threshold needs warn, critical or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with below: true, critical must not be above warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical must not be below warn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::MetricsSnapshot</name>
    <message>
        <source>family appears again with another type (%1, first %2 at line %3); its samples are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family continues here after other families (first at line %1); merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 families; the rest are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 series; the rest are dropped</source>
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
    <name>phc::Origin</name>
    <message>
        <source>no connection origin is configured for the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not a valid http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is only sent to %1, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is never sent over plain http to a host other than this computer (%1); use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is only sent over https</source>
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
        <translation>
            <numerusform>%1 % of %n check</numerusform>
            <numerusform>%1 % of %n checks</numerusform>
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
    <name>phc::ProfileEditor</name>
    <message>
        <source>the file could not be edited in place so that it reads back as the profile; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ProfileIO</name>
    <message>
        <source>the profile is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported apiVersion &apos;%1&apos;; this version reads &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of label names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each label needs a name and a text value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ProfileValidator</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS-1123 label (lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: name of a Kubernetes Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Kubernetes object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Secret key (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when mode is external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only with mode: external; the chart refuses a bundled service together with an external one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chart version such as 30.46.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid storage class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the public host name of PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fully qualified host name (RFC 1123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs behindProxy: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (scheme://host[:port], no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is PostHog&apos;s own namespace, which the policy already allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes quantity such as 200Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below minReplicas (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus duration such as 30s or 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an s3:// or gs:// bucket URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: PostHog %1 starts only with %2 %3 (%4); give the server&apos;s version to have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 14.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside what PostHog %3 accepts (%4, %5): it exits at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no effect while trustAllProxies is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a network: PostHog compares the proxy&apos;s address exactly, so list each proxy&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service versions PostHog &apos;%1&apos; accepts are not known to this program: the versions of external services are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only with mode: external; the bundled server&apos;s version comes with the generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies only with mode: external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be external when clickhouse.mode is external: PostHog&apos;s tables in ClickHouse read the events from Kafka themselves, and the bundled Kafka is reachable only inside the cluster or stack; give brokers that PostHog and ClickHouse both reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when mode is external: host:port of each broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes label name such as release or example.com/team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes label value (up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network such as 10.96.0.0/12 or fd00:10:96::/112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length from 1 to %2 after the &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is every address: the cluster&apos;s own ranges are smaller networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has bits set past its prefix: the network is %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: the NetworkPolicy lets PostHog&apos;s pods reach the external services&apos; ports at any address, the pods of every other namespace included; list the cluster&apos;s pod and Service CIDRs to keep those out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside %2 (%3/%4), the cluster&apos;s own range, which the NetworkPolicy does not let PostHog reach: give the service&apos;s address outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, and spec.cluster.podAndServiceCidrs lists IPv4 ranges only: the NetworkPolicy opens IPv6 only where it names the cluster&apos;s IPv6 ranges too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the bundled ClickHouse backs up to s3:// only; use an s3:// bucket, or an external ClickHouse whose backups you run yourself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::PromApiReader</name>
    <message>
        <source>must be &quot;success&quot; or &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a [timestamp, &quot;string&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a [timestamp, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite timestamp in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the sample value as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of label names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label values must be strings with a non-empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native histogram sample skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native histogram samples skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of [timestamp, &quot;value&quot;] pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::PromTextParser</name>
    <message>
        <source>line is longer than %1 bytes; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos; on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a metric name after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the %1 line&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line after the family&apos;s samples; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second %1 line for this family; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric name should end with its unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels are not closed with &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label value must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label value is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more labels than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a metric name or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a blank and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp in whole milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exemplar is &apos;# {labels} value [timestamp]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemplar needs a numeric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exemplar timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a histogram&apos;s samples are named %1_bucket, _sum and _count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bucket needs a numeric &apos;le&apos; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a summary sample needs a numeric &apos;quantile&apos; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;# EOF&apos; line: the payload may be cut short, and OpenMetrics ends with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics has no blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics lines end with \n, not \r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: %1 line after the family&apos;s samples; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: an info or stateset family has no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics calls the type &apos;unknown&apos;, not &apos;untyped&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the metric name must end with &apos;_&apos; and its unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is out of range; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a label name must follow &apos;{&apos; or &apos;,&apos; directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;=&apos; must follow the label name directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;&quot;&apos; must follow &apos;=&apos; directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;,&apos; or &apos;}&apos; must follow a label value directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: only &apos;# HELP&apos;, &apos;# TYPE&apos;, &apos;# UNIT&apos; and &apos;# EOF&apos; lines may start with &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a metric name and one space must follow the keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the type must be counter, gauge, histogram, gaugehistogram, stateset, info, summary or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a unit has only the characters of a metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a double quote in HELP text must be escaped as \&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: HELP text ends with a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: one space must come before the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the value is not a number as the ABNF writes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a timestamp is a real number (no NaN, Inf or blanks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: only one space and an exemplar &apos;# {labels} value&apos; may follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: one space must come before the exemplar&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the exemplar&apos;s value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the exemplar&apos;s timestamp is a real number (no NaN, Inf or blanks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: nothing may follow the exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a line starts with a metric name or &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a counter&apos;s samples are named %1_total or _created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: an info family&apos;s samples are named %1_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a stateset sample needs the label &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: positive infinity is written &apos;+Inf&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a bucket or count value must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a quantile must be between 0 and 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the family&apos;s samples with these labels came earlier; metrics must not be interleaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a metric&apos;s samples must all have a timestamp or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the timestamp goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a stateset&apos;s values are 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: an info sample&apos;s value is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a quantile&apos;s value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a counter, sum, count or bucket cannot be NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a counter, sum, count or bucket cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: only counters&apos; _total and histograms&apos; buckets have exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: an exemplar&apos;s labels are longer than 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: buckets must be in increasing order of &apos;le&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: bucket values must be cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram needs a bucket with le=&quot;+Inf&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the count differs from the +Inf bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with a sum needs its count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with a count needs its sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with negative buckets has no _sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: a negative _gsum needs negative buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMetrics: the name %1 is used by another family (families must not be interleaved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::PrometheusApiClient</name>
    <message>
        <source>Prometheus: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable Prometheus answer: %1%2</source>
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
        <translation>
            <numerusform>%n problem; activate it to go to its field:</numerusform>
            <numerusform>%n problems; activate one to go to its field:</numerusform>
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
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s) in %1 compared file(s)</source>
        <translation>
            <numerusform>%n changed line in %1 compared file(s)</numerusform>
            <numerusform>%n changed lines in %1 compared file(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems above to see the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched instance runs PostHog %1; this profile deploys %2 (spec.cluster.imageTag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade check needs the instance&apos;s async migrations, which could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go: nothing blocks the upgrade from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: the upgrade from %1 to %2 needs these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ScrapeParser</name>
    <message numerus="yes">
        <source>not a Prometheus text payload: %n malformed line(s)</source>
        <translation>
            <numerusform>not a Prometheus text payload: %n malformed line</numerusform>
            <numerusform>not a Prometheus text payload: %n malformed lines</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer holds no metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key metric of any preset is exposed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::SecretStore</name>
    <message>
        <source>no keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
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
    <name>phc::ServiceRequirements</name>
    <message>
        <source>&apos;%1&apos; is not a version like 22.8.11.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the row&apos;s own ClickHouse gate (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 is already covered by the row for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::SizingModel</name>
    <message>
        <source>only USD is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>bands are declared by their lower bound now: replace &apos;maxMonthlyEvents: %1&apos; with &apos;fromMonthlyEvents: %2&apos; and give the next row &apos;fromMonthlyEvents: %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands are declared by their lower bound now: write &apos;fromMonthlyEvents: %1&apos; in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must start at 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than the previous row&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last row must not have maxMonthlyEvents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 needs maxMonthlyEvents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxMonthlyEvents must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxMonthlyEvents must increase from row to row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 a month (the sizing table ends at %2+ events a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 a month (an estimate beyond the sizing table&apos;s %2+ events a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly events:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource tier:    %1 [%2] (%3 vCPUs, %4 GB RAM%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 GB SSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling row:      %1 [%2]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web replicas:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker replicas:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster (at least %1 nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost size:        %1 [%2]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost:     ~$%1/mo
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events replicas:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins replicas: %1
</source>
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
        <source>Tier</source>
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
        <source>Events a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1 size, %2 events a month): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2 web, %3 events, %4 worker and %5 plugins replicas, %6 ClickHouse node(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::Sparkline</name>
    <message numerus="yes">
        <source>Latency of the last %n check(s); slowest %1 ms</source>
        <translation>
            <numerusform>Latency of the last %n check; slowest %1 ms</numerusform>
            <numerusform>Latency of the last %n checks; slowest %1 ms</numerusform>
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
    <message numerus="yes">
        <source>%1: %n key(s) became profile fields; the %2 listed below did not. Fields a values file cannot hold keep the previous profile&apos;s values (listed as &quot;profile&quot;). Review every step.</source>
        <translation>
            <numerusform>%1: %n key became a profile field; the %2 listed below did not. Fields a values file cannot hold keep the previous profile&apos;s values (listed as &quot;profile&quot;). Review every step.</numerusform>
            <numerusform>%1: %n keys became profile fields; the %2 listed below did not. Fields a values file cannot hold keep the previous profile&apos;s values (listed as &quot;profile&quot;). Review every step.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
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
    <name>phc::SystemStatusPanel</name>
    <message>
        <source>Helm info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.44.0 or release-1.44.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop without rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s System status needs a personal API key (set it in the connection): its user must belong to the instance, and be staff (instance admin) for async migrations. Without it nothing here is read and nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog refused &apos;%1&apos; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog accepted &apos;%1&apos; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The async migrations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse disk free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingestion lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis maxmemory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the numeric checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n round(s)</source>
        <translation>
            <numerusform>%1 over the last round</numerusform>
            <numerusform>%1 over the last %n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>PostHog caches /api/instance_status for 60 s: the disk and ingestion lag values can be a minute old, and a lag under a minute says nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog takes &apos;%1&apos; for a migration that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s System status checks of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n check(s): </source>
        <translation>
            <numerusform> (%n check: </numerusform>
            <numerusform> (%n checks: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing, %2 warning, %3 unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a migration: the buttons offer what PostHog takes for its status, and what PostHog answers is said here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: PostHog does not take &apos;%3&apos; for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the async migration %2 (%3) on %4.

%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &apos;%1&apos; for %2 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::UpgradePlanner</name>
    <message>
        <source>resume it (or roll it back and run it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let it complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade %1 -&gt; %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  blocker (%1) %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it must complete before any release after %1: %2 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: run %2, in this order, until each is Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service requirements of PostHog %1 are not known: check PostgreSQL, Redis and ClickHouse against its release notes by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance does not report its %1 version: check it against %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside PostHog %3&apos;s %4 (%5): PostHog %3 exits at start; move %1 into that range first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog does not report ClickHouse&apos;s version: check it by hand against %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance does not report its PostHog version (images built after mid-2023 have no posthog_version row): no verdict without it; give the version it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the running %2: a downgrade. PostHog does not run async migrations backwards (a rollback only undoes a migration that failed), so %1 would start on a schema it does not know: restore the backups taken before the upgrade to %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, and a no-op in PostHog %3: the migrate job marks it completed once %4 is (python manage.py run_async_migrations --complete-noop-migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it does not block this upgrade, but it must complete before any release after %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; PostHog&apos;s migrate job (run_async_migrations --check) stops every upgrade while a migration runs: %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; PostHog&apos;s migrate job stops every upgrade while a migration is Errored: %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ships with PostHog %1 and must complete before any release after %2: stop at %3 and run it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to %1 and stop there (no chart version for it is known: the chart whose appVersion is %1, or image.tag release-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to %1 with chart %2 and stop there: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog %1 runs already: nothing to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to %1 with chart %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (now): %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::ValuesImporter</name>
    <message>
        <source>key path longer than %1 characters; this is not a chart values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 keys and list items (aliases counted each time they are used); this is not a chart values file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated values always set &apos;%1&apos; here; &apos;%2&apos; is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated values always set %1 here; %2 is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated files name this Secret &lt;release name&gt;%1; &apos;%2&apos; is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chart values file is a mapping of keys; this is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scaling table gives %1 for %2 monthly events; the profile has no field for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in values.yaml (at most in a comment): not imported, kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile field for this chart key; it is not in the generated values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::VersionRange</name>
    <message>
        <source>a version range must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with one of &gt;=, &lt;=, &gt;, &lt;, ==, !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version like 14.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
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
        <translation>
            <numerusform>%n problem to fix on this page: %1</numerusform>
            <numerusform>%n problems to fix on this page: %1</numerusform>
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
    <message>
        <source>no value yet for %1: generate or type it on the Secrets page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened before &quot;%2&quot; is complete. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phc::YamlEdit</name>
    <message>
        <source>only keys of mappings can be added, not list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change this value inside a flow mapping ({...}) in place; write it as a block mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove this key in place: it is not on a line of its own (flow mapping or list item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a key inside a flow mapping ({...}) in place; write it as a block mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
