<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClusterPage</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>e.g. acme-production</source>
        <translation>z. B. acme-production</translation>
    </message>
    <message>
        <source>Generate for &amp;Kubernetes (Helm chart)</source>
        <translation>Für &amp;Kubernetes erzeugen (Helm-Chart)</translation>
    </message>
    <message>
        <source>Generate for Docker Co&amp;mpose</source>
        <translation>Für Docker Co&amp;mpose erzeugen</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>&amp;Release name:</source>
        <translation>&amp;Release-Name:</translation>
    </message>
    <message>
        <source>C&amp;hart version:</source>
        <translation>Chart-&amp;Version:</translation>
    </message>
    <message>
        <source>e.g. 30.46.0</source>
        <translation>z. B. 30.46.0</translation>
    </message>
    <message>
        <source>&amp;Image tag:</source>
        <translation>&amp;Image-Tag:</translation>
    </message>
    <message>
        <source>e.g. release-1.43.0</source>
        <translation>z. B. release-1.43.0</translation>
    </message>
    <message>
        <source>&amp;Storage class:</source>
        <translation>&amp;StorageClass:</translation>
    </message>
    <message>
        <source>empty: the cluster&apos;s default class</source>
        <translation>leer: Standard-StorageClass des Clusters</translation>
    </message>
    <message>
        <source>Ingress controller namespace:</source>
        <translation>Namespace des Ingress-Controllers:</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>&amp;HTTP port on the host:</source>
        <translation>HTTP-P&amp;ort auf dem Host:</translation>
    </message>
    <message>
        <source>P&amp;od and Service CIDRs:</source>
        <translation>P&amp;od- und Service-CIDRs:</translation>
    </message>
    <message>
        <source>The cluster&apos;s own address ranges, e.g. 10.244.0.0/16 and 10.96.0.0/12. The NetworkPolicy lets PostHog reach external services at any address but these, so their ports do not open the other namespaces&apos; pods. kubectl cluster-info dump | grep -m1 -e service-cluster-ip-range -e cluster-cidr shows them.</source>
        <translation>Die eigenen Adressbereiche des Clusters, z. B. 10.244.0.0/16 und 10.96.0.0/12. Die NetworkPolicy lässt PostHog externe Dienste unter jeder Adresse außer diesen erreichen, damit deren Ports nicht die Pods der anderen Namespaces öffnen. kubectl cluster-info dump | grep -m1 -e service-cluster-ip-range -e cluster-cidr zeigt sie an.</translation>
    </message>
</context>
<context>
    <name>DatabasesPage</name>
    <message>
        <source>Databases and storage</source>
        <translation>Datenbanken und Speicher</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL:</source>
        <translation>&amp;PostgreSQL:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>e.g. db.example.internal</source>
        <translation>z. B. db.example.internal</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password Secret:</source>
        <translation>Passwort-Secret:</translation>
    </message>
    <message>
        <source>Kubernetes Secret holding the password</source>
        <translation>Kubernetes-Secret mit dem Passwort</translation>
    </message>
    <message>
        <source>Key in the Secret:</source>
        <translation>Schlüssel im Secret:</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>&amp;Redis:</source>
        <translation>&amp;Redis:</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message>
        <source>&amp;ClickHouse:</source>
        <translation>&amp;ClickHouse:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation>Volume-Größe:</translation>
    </message>
    <message>
        <source>e.g. 200Gi</source>
        <translation>z. B. 200Gi</translation>
    </message>
    <message>
        <source>CPU request:</source>
        <translation>CPU-Request:</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>z. B. 2</translation>
    </message>
    <message>
        <source>Memory request:</source>
        <translation>Arbeitsspeicher-Request:</translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation>z. B. 8Gi</translation>
    </message>
    <message>
        <source>CPU limit:</source>
        <translation>CPU-Limit:</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>z. B. 4</translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation>Arbeitsspeicher-Limit:</translation>
    </message>
    <message>
        <source>e.g. 16Gi</source>
        <translation>z. B. 16Gi</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>&amp;Object storage:</source>
        <translation>&amp;Objektspeicher:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>e.g. https://s3.eu-west-1.amazonaws.com</source>
        <translation>z. B. https://s3.eu-west-1.amazonaws.com</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Keys Secret:</source>
        <translation>Schlüssel-Secret:</translation>
    </message>
    <message>
        <source>Secret with keys root-user and root-password</source>
        <translation>Secret mit den Schlüsseln root-user und root-password</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Domain and TLS</source>
        <translation>Domain und TLS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>Host&amp;name:</translation>
    </message>
    <message>
        <source>e.g. analytics.example.com</source>
        <translation>z. B. analytics.example.com</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Cluster &amp;issuer:</source>
        <translation>Cluster-&amp;Issuer:</translation>
    </message>
    <message>
        <source>e.g. letsencrypt-prod</source>
        <translation>z. B. letsencrypt-prod</translation>
    </message>
    <message>
        <source>Certificate &amp;Secret:</source>
        <translation>Zertifikats-&amp;Secret:</translation>
    </message>
    <message>
        <source>e.g. posthog-tls</source>
        <translation>z. B. posthog-tls</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>PostHog runs &amp;behind a proxy or load balancer (IS_BEHIND_PROXY)</source>
        <translation>PostHog läuft hinter einem &amp;Proxy oder Load Balancer (IS_BEHIND_PROXY)</translation>
    </message>
    <message>
        <source>&amp;Trust X-Forwarded-For from every proxy (TRUST_ALL_PROXIES)</source>
        <translation>X-Forwarded-For von jedem Proxy &amp;vertrauen (TRUST_ALL_PROXIES)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>C&amp;ORS origins:</source>
        <translation>C&amp;ORS-Origins:</translation>
    </message>
    <message>
        <source>Client &amp;namespaces:</source>
        <translation>&amp;Client-Namespaces:</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>folder to write the files to</source>
        <translation>Zielordner für die Dateien</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>Also write &amp;secrets.env (mode 0600) with the values from the Secrets step</source>
        <translation>Zusätzlich &amp;secrets.env (Modus 0600) mit den Werten aus dem Schritt „Secrets“ schreiben</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <source>Retention, backups, monitoring</source>
        <translation>Aufbewahrung, Backups, Monitoring</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Events (days):</source>
        <translation>&amp;Events (Tage):</translation>
    </message>
    <message>
        <source>Session &amp;recordings (days):</source>
        <translation>Session-&amp;Aufzeichnungen (Tage):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup &amp;destination:</source>
        <translation>&amp;Backup-Ziel:</translation>
    </message>
    <message>
        <source>e.g. s3://my-backups/posthog/ (empty: local disk)</source>
        <translation>z. B. s3://my-backups/posthog/ (leer: lokale Festplatte)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Generate &amp;PodMonitors for the Prometheus Operator</source>
        <translation>&amp;PodMonitors für den Prometheus Operator erzeugen</translation>
    </message>
    <message>
        <source>&amp;Scrape interval:</source>
        <translation>&amp;Scrape-Intervall:</translation>
    </message>
    <message>
        <source>e.g. 30s</source>
        <translation>z. B. 30s</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Upgrade check against the watched instance</source>
        <translation>Upgrade-Prüfung gegen die beobachtete Instanz</translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Secret values are kept in the keychain under the profile&apos;s name, never in the profile file. Values marked &quot;generated&quot; are made here; the others are passwords of services that already exist.</source>
        <translation>Secret-Werte werden im Schlüsselbund unter dem Namen des Profils gespeichert, nie in der Profildatei. Mit „erzeugt“ markierte Werte werden hier erzeugt; die übrigen sind Passwörter bereits bestehender Dienste.</translation>
    </message>
    <message>
        <source>Selected secret</source>
        <translation>Ausgewähltes Secret</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <source>S&amp;how value</source>
        <translation>Wert &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Generate new value</source>
        <translation>&amp;Neuen Wert erzeugen</translation>
    </message>
    <message>
        <source>Forget value</source>
        <translation>Wert vergessen</translation>
    </message>
    <message>
        <source>Generate all &amp;missing</source>
        <translation>Alle &amp;fehlenden erzeugen</translation>
    </message>
    <message>
        <source>&amp;Reload from keychain</source>
        <translation>Aus dem Schlüsselbund neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>SizingPage</name>
    <message>
        <source>Sizing and cost</source>
        <translation>Dimensionierung und Kosten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Monthly &amp;events:</source>
        <translation>Monatliche &amp;Events:</translation>
    </message>
    <message>
        <source>10&amp;K</source>
        <translation>10&amp;K</translation>
    </message>
    <message>
        <source>100K</source>
        <translation>100K</translation>
    </message>
    <message>
        <source>1&amp;M</source>
        <translation>1&amp;M</translation>
    </message>
    <message>
        <source>10M</source>
        <translation>10M</translation>
    </message>
    <message>
        <source>The guide&apos;s tables (matching rows highlighted)</source>
        <translation>Tabellen des Leitfadens (passende Zeilen hervorgehoben)</translation>
    </message>
    <message>
        <source>Resource tiers:</source>
        <translation>Ressourcenstufen:</translation>
    </message>
    <message>
        <source>Scaling:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <source>&amp;Web replicas from the scaling table</source>
        <translation>Web-&amp;Replikas aus der Skalierungstabelle</translation>
    </message>
    <message>
        <source>Web replicas:</source>
        <translation>Web-Replikas:</translation>
    </message>
    <message>
        <source>W&amp;orker replicas from the scaling table</source>
        <translation>W&amp;orker-Replikas aus der Skalierungstabelle</translation>
    </message>
    <message>
        <source>Worker replicas:</source>
        <translation>Worker-Replikas:</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Minimum pods:</source>
        <translation>Mindestanzahl Pods:</translation>
    </message>
    <message>
        <source>Maximum pods:</source>
        <translation>Höchstanzahl Pods:</translation>
    </message>
    <message>
        <source>CPU target (%):</source>
        <translation>CPU-Zielwert (%):</translation>
    </message>
    <message>
        <source>Also scale on &amp;memory</source>
        <translation>Auch nach &amp;Arbeitsspeicher skalieren</translation>
    </message>
    <message>
        <source>Memory target (%):</source>
        <translation>Arbeitsspeicher-Zielwert (%):</translation>
    </message>
    <message>
        <source>Monthly cost estimate</source>
        <translation>Geschätzte monatliche Kosten</translation>
    </message>
    <message>
        <source>E&amp;vents (capture) replicas from the scaling table</source>
        <translation>E&amp;vents-Replikas (Erfassung) aus der Skalierungstabelle</translation>
    </message>
    <message>
        <source>Events replicas:</source>
        <translation>Events-Replikas:</translation>
    </message>
    <message>
        <source>&amp;Plugins (ingestion) replicas from the scaling table</source>
        <translation>&amp;Plugins-Replikas (Ingestion) aus der Skalierungstabelle</translation>
    </message>
    <message>
        <source>Plugins replicas:</source>
        <translation>Plugins-Replikas:</translation>
    </message>
    <message>
        <source>&amp;Autoscale web, events, worker and plugins pods</source>
        <translation>Web-, Events-, Worker- und Plugins-Pods &amp;automatisch skalieren</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start a deployment profile: the choices from which every file of the production guide is generated. Nothing leaves this computer until you export.</source>
        <translation>Legen Sie ein Deployment-Profil an: die Entscheidungen, aus denen jede Datei des Produktionsleitfadens erzeugt wird. Bis zum Export verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New from the guide&apos;s &amp;example (analytics.distill.app)</source>
        <translation>Neu aus dem B&amp;eispiel des Leitfadens (analytics.distill.app)</translation>
    </message>
    <message>
        <source>New &amp;blank profile</source>
        <translation>Neues &amp;leeres Profil</translation>
    </message>
    <message>
        <source>Existing files</source>
        <translation>Vorhandene Dateien</translation>
    </message>
    <message>
        <source>&amp;Open profile...</source>
        <translation>Profil ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Import a chart values.yaml...</source>
        <translation>values.yaml eines Charts &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>Zuletzt &amp;verwendete Profile:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
</context>
<context>
    <name>phc::AdminChecks</name>
    <message>
        <source>the instance does not report %1</source>
        <translation>die Instanz meldet nicht: %1</translation>
    </message>
    <message>
        <source>whether %1 is alive (%2)</source>
        <translation>ob %1 läuft (%2)</translation>
    </message>
    <message>
        <source>%1 is alive</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 is not alive: %2</source>
        <translation>%1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 is %2%3</source>
        <translation>%1 ist %2%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 at %2%</source>
        <translation>%1 bei %2 %</translation>
    </message>
    <message>
        <source>: resume or roll it back; releases past its maximum version refuse to start</source>
        <translation>: fortsetzen oder zurückrollen; Releases nach ihrer höchsten Version starten nicht</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>PostHog reports async migrations that are not up to date: run them before the next upgrade</source>
        <translation>PostHog meldet asynchrone Migrationen, die nicht aktuell sind: vor dem nächsten Upgrade ausführen</translation>
    </message>
    <message>
        <source>async migrations are up to date</source>
        <translation>die asynchronen Migrationen sind aktuell</translation>
    </message>
    <message>
        <source>its async migrations (async_migrations_ok; the list needs %1)</source>
        <translation>ihre asynchronen Migrationen (async_migrations_ok; die Liste braucht %1)</translation>
    </message>
    <message>
        <source>a reachable API</source>
        <translation>eine erreichbare API</translation>
    </message>
    <message>
        <source>a staff user&apos;s key</source>
        <translation>den Schlüssel eines Staff-Benutzers</translation>
    </message>
    <message>
        <source>the dead letter queue ratio (dead_letter_queue_ratio_ok)</source>
        <translation>der Anteil der Dead Letter Queue (dead_letter_queue_ratio_ok)</translation>
    </message>
    <message>
        <source>%1 events in the last 24 h, %2 in the queue</source>
        <translation>%1 Ereignisse in den letzten 24 h, %2 in der Queue</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation>gesund: %1</translation>
    </message>
    <message>
        <source>20% or more of the last day&apos;s events went to the dead letter queue: %1</source>
        <translation>20 % oder mehr der Ereignisse des letzten Tages gingen in die Dead Letter Queue: %1</translation>
    </message>
    <message>
        <source>object storage (object_storage)</source>
        <translation>Objektspeicher (object_storage)</translation>
    </message>
    <message>
        <source>object storage is not enabled</source>
        <translation>Objektspeicher ist nicht aktiviert</translation>
    </message>
    <message>
        <source>whether object storage is healthy</source>
        <translation>ob der Objektspeicher gesund ist</translation>
    </message>
    <message>
        <source>object storage is healthy</source>
        <translation>der Objektspeicher ist gesund</translation>
    </message>
    <message>
        <source>object storage is enabled but not healthy: session recordings and exports fail</source>
        <translation>der Objektspeicher ist aktiviert, aber nicht gesund: Session-Recordings und Exporte schlagen fehl</translation>
    </message>
    <message>
        <source>disk %1: &apos;%2&apos; of &apos;%3&apos; is not a size</source>
        <translation>Disk %1: „%2“ von „%3“ ist keine Größe</translation>
    </message>
    <message>
        <source>disk %1: %2 free of %3 (%4)</source>
        <translation>Disk %1: %2 frei von %3 (%4)</translation>
    </message>
    <message>
        <source>ClickHouse&apos;s disks (clickhouse_disk_0_free_space)</source>
        <translation>die Disks von ClickHouse (clickhouse_disk_0_free_space)</translation>
    </message>
    <message>
        <source>%1, under %2: ClickHouse stops inserting when it is full</source>
        <translation>%1, unter %2: ClickHouse nimmt keine Inserts mehr an, wenn sie voll ist</translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation>%1, unter %2</translation>
    </message>
    <message>
        <source>the last event ingested (last_event_ingested_timestamp)</source>
        <translation>das zuletzt aufgenommene Ereignis (last_event_ingested_timestamp)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>„%1“ ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>no event was ingested in the last hour: is the plugin server consuming?</source>
        <translation>in der letzten Stunde wurde kein Ereignis aufgenommen: konsumiert der Plugin-Server?</translation>
    </message>
    <message>
        <source>last event ingested %1 ago (%2)</source>
        <translation>letztes Ereignis vor %1 aufgenommen (%2)</translation>
    </message>
    <message>
        <source>%1, more than %2</source>
        <translation>%1, mehr als %2</translation>
    </message>
    <message>
        <source>Redis&apos; maxmemory setting</source>
        <translation>die maxmemory-Einstellung von Redis</translation>
    </message>
    <message>
        <source>Redis&apos; maxmemory reads &apos;%1&apos;</source>
        <translation>maxmemory von Redis lautet „%1“</translation>
    </message>
    <message>
        <source>maxmemory %1</source>
        <translation>maxmemory %1</translation>
    </message>
    <message>
        <source>Redis has no memory limit (maxmemory 0): it then grows until it is killed</source>
        <translation>Redis hat kein Speicherlimit (maxmemory 0): es wächst dann, bis es beendet wird</translation>
    </message>
    <message>
        <source>the %1 version</source>
        <translation>die Version von %1</translation>
    </message>
    <message>
        <source>%1 %2: no version gate is known for it</source>
        <translation>%1 %2: dafür ist keine Versionsgrenze bekannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 version</source>
        <translation>„%1“ ist keine %2-Version</translation>
    </message>
    <message>
        <source>%1 %2 is within PostHog %3&apos;s %4</source>
        <translation>%1 %2 liegt innerhalb von %4 für PostHog %3</translation>
    </message>
    <message>
        <source>%1 %2 is outside PostHog %3&apos;s %4: the next restart will fail its start check</source>
        <translation>%1 %2 liegt außerhalb von %4 für PostHog %3: der nächste Neustart scheitert an der Startprüfung</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must not be above warn (%1): the check fails below it</source>
        <translation>darf nicht über warn (%1) liegen: die Prüfung schlägt unterhalb davon fehl</translation>
    </message>
    <message>
        <source>must not be below warn (%1): the check fails above it</source>
        <translation>darf nicht unter warn (%1) liegen: die Prüfung schlägt oberhalb davon fehl</translation>
    </message>
    <message>
        <source>the web app and the API fail</source>
        <translation>die Web-App und die API fallen aus</translation>
    </message>
    <message>
        <source>caching, the plugin server&apos;s jobs and Celery stop</source>
        <translation>Caching, die Jobs des Plugin-Servers und Celery stehen still</translation>
    </message>
    <message>
        <source>no insight can be computed and no event stored</source>
        <translation>keine Insight kann berechnet und kein Ereignis gespeichert werden</translation>
    </message>
    <message>
        <source>the plugin server</source>
        <translation>der Plugin-Server</translation>
    </message>
    <message>
        <source>no events are ingested</source>
        <translation>es werden keine Ereignisse aufgenommen</translation>
    </message>
    <message>
        <source>no check could be evaluated: the answer has none of the rows PostHog&apos;s System status sends</source>
        <translation>keine Prüfung konnte ausgewertet werden: die Antwort hat keine der Zeilen, die PostHogs Systemstatus sendet</translation>
    </message>
</context>
<context>
    <name>phc::AdminClient</name>
    <message>
        <source>a user of this instance (an organization admin when it has several organizations)</source>
        <translation>ein Benutzer dieser Instanz (ein Organisations-Admin, wenn sie mehrere Organisationen hat)</translation>
    </message>
    <message>
        <source>a staff user (instance admin)</source>
        <translation>ein Staff-Benutzer (Instanz-Admin)</translation>
    </message>
    <message>
        <source> (PostHog: %1)</source>
        <translation> (PostHog: %1)</translation>
    </message>
    <message>
        <source>%1 was not requested: %2</source>
        <translation>nicht angefragt (%1): %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>nicht lesbar (%1): %2</translation>
    </message>
    <message>
        <source>PostHog refused the personal API key for %1 (HTTP 401)%2: it is wrong, revoked or expired</source>
        <translation>PostHog hat den persönlichen API-Schlüssel abgelehnt (%1, HTTP 401)%2: er ist falsch, widerrufen oder abgelaufen</translation>
    </message>
    <message>
        <source>the personal API key&apos;s user may not read %1 (HTTP 403)%2: it needs %3</source>
        <translation>der Benutzer des persönlichen API-Schlüssels darf das nicht lesen (%1, HTTP 403)%2: nötig ist %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3%4: PostHog&apos;s web service does not answer</source>
        <translation>%1: HTTP %2 %3%4: der Web-Dienst von PostHog antwortet nicht</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3%4: is this PostHog&apos;s address?</source>
        <translation>%1: HTTP %2 %3%4: ist das die Adresse von PostHog?</translation>
    </message>
    <message>
        <source>no fetcher</source>
        <translation>kein Fetcher</translation>
    </message>
    <message>
        <source>the system status</source>
        <translation>der Systemstatus</translation>
    </message>
    <message>
        <source>the system status is not PostHog&apos;s answer: %1</source>
        <translation>der Systemstatus ist keine Antwort von PostHog: %1</translation>
    </message>
    <message>
        <source>the running queries</source>
        <translation>die laufenden Abfragen</translation>
    </message>
    <message>
        <source>the running queries are not PostHog&apos;s answer: %1</source>
        <translation>die laufenden Abfragen sind keine Antwort von PostHog: %1</translation>
    </message>
    <message>
        <source>the async migrations</source>
        <translation>die asynchronen Migrationen</translation>
    </message>
    <message>
        <source>the async migrations are not PostHog&apos;s answer: %1</source>
        <translation>die asynchronen Migrationen sind keine Antwort von PostHog: %1</translation>
    </message>
    <message>
        <source>the async migrations did not end after %1 pages</source>
        <translation>die asynchronen Migrationen endeten nicht nach %1 Seiten</translation>
    </message>
    <message>
        <source>the async migration action</source>
        <translation>die Aktion der asynchronen Migration</translation>
    </message>
    <message>
        <source>the answer to the action is not PostHog&apos;s: %1</source>
        <translation>die Antwort auf die Aktion stammt nicht von PostHog: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 MiB (%2)</source>
        <translation>%1 MiB (%2)</translation>
    </message>
    <message>
        <source>%1 KiB (%2)</source>
        <translation>%1 KiB (%2)</translation>
    </message>
    <message>
        <source>%1: not PostHog&apos;s answer, larger than %2, more than PostHog sends there (%3)</source>
        <translation>%1: nicht PostHogs Antwort, größer als %2, mehr als PostHog dort sendet (%3)</translation>
    </message>
    <message>
        <source>%1: not PostHog&apos;s answer (%2)</source>
        <translation>%1: nicht PostHogs Antwort (%2)</translation>
    </message>
</context>
<context>
    <name>phc::AsyncMigrationCatalog</name>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 is not listed before it</source>
        <translation>%1 steht nicht davor in der Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 1.43.0</source>
        <translation>„%1“ ist keine Version wie 1.43.0</translation>
    </message>
    <message>
        <source>%1 is not one of the migrations above</source>
        <translation>%1 ist keine der Migrationen oben</translation>
    </message>
</context>
<context>
    <name>phc::AsyncMigrationReader</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not a status PostHog knows (0 to 6)</source>
        <translation>%1 ist kein Status, den PostHog kennt (0 bis 6)</translation>
    </message>
    <message>
        <source>must be a percentage (0 to 100)</source>
        <translation>muss ein Prozentwert sein (0 bis 100)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is not a URL</source>
        <translation>ist keine URL</translation>
    </message>
    <message>
        <source>PostHog marks it Starting and hands it to a Celery worker, which runs its operations in order; it may take hours. PostHog refuses while another async migration runs, or when its version is outside the migration&apos;s minimum and maximum.</source>
        <translation>PostHog setzt sie auf Starting und übergibt sie einem Celery-Worker, der ihre Operationen der Reihe nach ausführt; das kann Stunden dauern. PostHog lehnt ab, solange eine andere asynchrone Migration läuft oder wenn seine Version außerhalb von Minimum und Maximum der Migration liegt.</translation>
    </message>
    <message>
        <source>PostHog hands it to a Celery worker again, which continues from the operation that errored, not from the start.</source>
        <translation>PostHog übergibt sie erneut einem Celery-Worker, der bei der fehlgeschlagenen Operation weitermacht, nicht von vorn.</translation>
    </message>
    <message>
        <source>WARNING: PostHog runs the rollback of every operation done so far, the last first: the work of the migration is undone. It ends RolledBack, or Errored when a rollback fails.</source>
        <translation>WARNUNG: PostHog macht jede bisher ausgeführte Operation rückgängig, die letzte zuerst: die Arbeit der Migration geht verloren. Sie endet als RolledBack, oder als Errored, wenn ein Rückgängigmachen fehlschlägt.</translation>
    </message>
    <message>
        <source>DANGER: PostHog revokes the migration&apos;s Celery task with terminate, which kills the worker process (another task of that worker can be lost), records the error &apos;Force stopped by user&apos; and rolls the migration back.</source>
        <translation>GEFAHR: PostHog widerruft den Celery-Task der Migration mit terminate, was den Worker-Prozess beendet (eine andere Aufgabe dieses Workers kann verloren gehen), vermerkt den Fehler „Force stopped by user“ und macht die Migration rückgängig.</translation>
    </message>
    <message>
        <source>DANGER: PostHog kills the worker process as a force stop does (another task of that worker can be lost) and leaves the migration Errored, its operations as they are.</source>
        <translation>GEFAHR: PostHog beendet den Worker-Prozess wie ein erzwungener Stopp (eine andere Aufgabe dieses Workers kann verloren gehen) und lässt die Migration als Errored stehen, ihre Operationen, wie sie sind.</translation>
    </message>
    <message>
        <source>DANGER: PostHog rolls back a migration that completed successfully: every operation&apos;s rollback runs, the last first.</source>
        <translation>GEFAHR: PostHog macht eine erfolgreich abgeschlossene Migration rückgängig: jede Operation wird zurückgenommen, die letzte zuerst.</translation>
    </message>
</context>
<context>
    <name>phc::AtomicWriter</name>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>phc::BundleWriter</name>
    <message>
        <source>%1 exists and is not a regular file; not replaced</source>
        <translation>%1 existiert und ist keine reguläre Datei; nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 exists; use --force to overwrite</source>
        <translation>%1 existiert; mit --force überschreiben</translation>
    </message>
</context>
<context>
    <name>phc::Cli</name>
    <message>
        <source>Save a PNG of each wizard page and dashboard tab into DIR and quit.</source>
        <translation>Von jeder Seite des Assistenten und jedem Tab des Dashboards ein PNG in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Language of the interface (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this run; do not use the keychain.</source>
        <translation>Secrets für diesen Lauf im Arbeitsspeicher halten; den Schlüsselbund nicht verwenden.</translation>
    </message>
    <message>
        <source>Start a simulated PostHog instance on 127.0.0.1 and open the dashboard on it, labelled &quot;Demo data&quot;.</source>
        <translation>Eine simulierte PostHog-Instanz auf 127.0.0.1 starten und das Dashboard darauf öffnen, beschriftet mit „Demodaten“.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>larger than the limit of %1</source>
        <translation>größer als das Limit von %1</translation>
    </message>
    <message>
        <source>%1: %2 bytes, %3 lines, %4
</source>
        <translation>%1: %2 Bytes, %3 Zeilen, %4
</translation>
    </message>
    <message>
        <source>Families:    %1%2
</source>
        <translation>Familien:    %1%2
</translation>
    </message>
    <message>
        <source>Series:      %1 (%2 samples)
</source>
        <translation>Serien:      %1 (%2 Samples)
</translation>
    </message>
    <message>
        <source>Key metrics: none of the presets&apos; metrics are present
</source>
        <translation>Schlüsselmetriken: keine Metrik der Presets vorhanden
</translation>
    </message>
    <message>
        <source>Key metrics (preset %1):
</source>
        <translation>Schlüsselmetriken (Preset %1):
</translation>
    </message>
    <message>
        <source>Key metrics (preset %1, picked by the names present):
</source>
        <translation>Schlüsselmetriken (Preset %1, nach den vorhandenen Namen gewählt):
</translation>
    </message>
    <message>
        <source>Malformed lines: %1
</source>
        <translation>Fehlerhafte Zeilen: %1
</translation>
    </message>
    <message>
        <source>Warnings:    %1
</source>
        <translation>Warnungen:   %1
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Largest payload accepted, in bytes (default %1).</source>
        <translation>Größte angenommene Nutzlast in Bytes (Standard %1).</translation>
    </message>
    <message>
        <source>A Prometheus or OpenMetrics text payload: a file, - for standard input, or an http(s) URL, fetched with the Accept header Prometheus sends.</source>
        <translation>Eine Prometheus- oder OpenMetrics-Textnutzlast: eine Datei, - für die Standardeingabe oder eine http(s)-URL, abgerufen mit dem Accept-Header, den Prometheus sendet.</translation>
    </message>
    <message>
        <source>Parse a metrics payload; summarise its families, series, key metrics and malformed lines.</source>
        <translation>Eine Metrik-Nutzlast parsen; ihre Familien, Serien, Schlüsselmetriken und fehlerhaften Zeilen zusammenfassen.</translation>
    </message>
    <message>
        <source>missing the payload: a FILE, a URL or - for standard input</source>
        <translation>die Nutzlast fehlt: eine DATEI, eine URL oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>--timeout %1: must be more than 0 and at most 3600 seconds</source>
        <translation>--timeout %1: muss größer als 0 und höchstens 3600 Sekunden sein</translation>
    </message>
    <message>
        <source>--max-bytes: &apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation>--max-bytes: „%1“ ist keine ganze Zahl &gt;= 1</translation>
    </message>
    <message>
        <source>%1: %2 more problems not listed</source>
        <translation>%1: %2 weitere Probleme nicht aufgeführt</translation>
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
        <translation>Jede Runde prüft die Probes, liest die Schlüsselmetriken und projiziert die Ingestion-Rate auf die
Sizing-Tabellen. Ein direkter Scrape braucht für Raten zwei Samples: --once nimmt zwei im Abstand
von --sample-interval und gibt das zweite aus; mit --watch sind die Raten der ersten Runde unbekannt (null).

Der persönliche API-Schlüssel wird aus der Umgebungsvariable %1 gelesen, nie von der
Kommandozeile (wo andere Benutzer ihn sehen können). Ist sie gesetzt, prüft jede Runde auch, ob er
akzeptiert wird (GET /api/users/@me/); er wird nur an den Origin von --url gesendet, und nur über https
oder an diesen Rechner.

Exit-Codes (die von Monitoring-Plugins; mit --watch die der letzten Runde):
  0  gesund
  1  eingeschränkt: eine Probe ist nicht erreichbar, eine Schlüsselmetrik liegt jenseits ihres kritischen
     Limits, die Metrikquelle war nicht lesbar oder der API-Schlüssel wurde abgelehnt
  2  ausgefallen: keine Probe hat geantwortet
  3  kein Urteil: falsche Argumente, eine Datei für --presets, --profile oder --ca-file mit Problemen,
     oder vor dem Ende der ersten Runde gestoppt
</translation>
    </message>
    <message>
        <source>web replicas</source>
        <translation>Web-Replicas</translation>
    </message>
    <message>
        <source>worker replicas</source>
        <translation>Worker-Replicas</translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation>ClickHouse-Nodes</translation>
    </message>
    <message>
        <source>autoscaled %1-%2</source>
        <translation>automatisch skaliert %1–%2</translation>
    </message>
    <message>
        <source>not stated (external ClickHouse)</source>
        <translation>nicht angegeben (externes ClickHouse)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>%1 too few</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>%1 more than needed</source>
        <translation>%1 mehr als nötig</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>recommended %1, profile %2: %3</source>
        <translation>empfohlen %1, Profil %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)
</source>
        <translation>%1: %2 (%3)
</translation>
    </message>
    <message>
        <source>Probes:
</source>
        <translation>Probes:
</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Key metrics: no metrics source (--metrics-url or --prometheus)
</source>
        <translation>Schlüsselmetriken: keine Metrikquelle (--metrics-url oder --prometheus)
</translation>
    </message>
    <message>
        <source>Prometheus server %1</source>
        <translation>Prometheus-Server %1</translation>
    </message>
    <message>
        <source>scrape of %1</source>
        <translation>Scrape von %1</translation>
    </message>
    <message>
        <source>Key metrics: not read from %1: %2
</source>
        <translation>Schlüsselmetriken: nicht gelesen von %1: %2
</translation>
    </message>
    <message>
        <source>Key metrics (preset %1, %2):
</source>
        <translation>Schlüsselmetriken (Preset %1, %2):
</translation>
    </message>
    <message>
        <source>Thresholds crossed:
</source>
        <translation>Überschrittene Schwellenwerte:
</translation>
    </message>
    <message>
        <source>  %1 %2: %3 past the limit %4
</source>
        <translation>  %1 %2: %3 jenseits des Limits %4
</translation>
    </message>
    <message>
        <source>Projection of %1 events/s over 30 days, self-hosted:
</source>
        <translation>Projektion von %1 Ereignissen/s über 30 Tage, selbst gehostet:
</translation>
    </message>
    <message>
        <source>  PostHog Cloud:    ~%1/mo (%2, %3 events, pricing of %4)
</source>
        <translation>  PostHog Cloud:    ~%1/Monat (%2, %3 Ereignisse, Preise vom %4)
</translation>
    </message>
    <message>
        <source>Projection: needs the ingestion rate
</source>
        <translation>Projektion: braucht die Ingestion-Rate
</translation>
    </message>
    <message>
        <source>Drift against %1:
</source>
        <translation>Abweichung gegenüber %1:
</translation>
    </message>
    <message>
        <source>Drift against %1: needs the ingestion rate
</source>
        <translation>Abweichung gegenüber %1: braucht die Ingestion-Rate
</translation>
    </message>
    <message>
        <source>API key: %1, %2
</source>
        <translation>API-Schlüssel: %1, %2
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Check a running instance: health probes, key metrics, thresholds and the cost projection.</source>
        <translation>Eine laufende Instanz prüfen: Health-Probes, Schlüsselmetriken, Schwellenwerte und die Kostenprojektion.</translation>
    </message>
    <message>
        <source>--metrics-url and --prometheus: give one metrics source, not both</source>
        <translation>--metrics-url und --prometheus: eine Metrikquelle angeben, nicht beide</translation>
    </message>
    <message>
        <source>--once and --watch: give one of them</source>
        <translation>--once und --watch: eines von beiden angeben</translation>
    </message>
    <message>
        <source>--profile: %1: no such file</source>
        <translation>--profile: %1: keine solche Datei</translation>
    </message>
    <message>
        <source>Where to write the starter profile.</source>
        <translation>Wohin das Startprofil geschrieben wird.</translation>
    </message>
    <message>
        <source>Overwrite the file if it exists.</source>
        <translation>Die Datei überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <source>Write a commented starter profile.</source>
        <translation>Ein kommentiertes Startprofil schreiben.</translation>
    </message>
    <message>
        <source>%1 exists; use --force to overwrite</source>
        <translation>%1 existiert; mit --force überschreiben</translation>
    </message>
    <message>
        <source>created the folder %1</source>
        <translation>Ordner %1 angelegt</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The profile to check.</source>
        <translation>Das zu prüfende Profil.</translation>
    </message>
    <message>
        <source>Check a profile; print every problem.</source>
        <translation>Ein Profil prüfen; jedes Problem ausgeben.</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>The profile to generate from.</source>
        <translation>Das Profil, aus dem erzeugt wird.</translation>
    </message>
    <message>
        <source>Folder to write the files to.</source>
        <translation>Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>Overwrite files that exist.</source>
        <translation>Vorhandene Dateien überschreiben.</translation>
    </message>
    <message>
        <source>Generate every file for a profile. Validates first; writes nothing on error.</source>
        <translation>Alle Dateien für ein Profil erzeugen. Prüft zuerst; schreibt bei einem Fehler nichts.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly events.</source>
        <translation>Ereignisse im Monat.</translation>
    </message>
    <message>
        <source>Resource tier, scaling row, replicas and cost for a monthly event count.</source>
        <translation>Ressourcenstufe, Skalierungszeile, Replicas und Kosten für eine monatliche Ereignisanzahl.</translation>
    </message>
    <message>
        <source>--events: &apos;%1&apos; is not a whole number &gt;= 0</source>
        <translation>--events: „%1“ ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] [PROFILE]       start the desktop application
       %1 COMMAND [OPTIONS]         run a command without a display

PostHog Admin Console: deployment files and a live dashboard for self-hosted PostHog.

Options:
</source>
        <translation>Aufruf: %1 [OPTIONEN] [PROFIL]       die Desktop-Anwendung starten
        %1 BEFEHL [OPTIONEN]         einen Befehl ohne Display ausführen

PostHog Admin Console: Deployment-Dateien und ein Live-Dashboard für selbst gehostetes PostHog.

Optionen:
</translation>
    </message>
    <message>
        <source>Show this help; after a command, that command&apos;s options.</source>
        <translation>Diese Hilfe anzeigen; nach einem Befehl dessen Optionen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.

</source>
        <translation>
„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.

</translation>
    </message>
    <message>
        <source>
&apos;probe&apos; exits as monitoring plugins do: 0 healthy, 1 degraded, 2 down, 3 no verdict (wrong
arguments included); see &apos;%1 probe --help&apos;.
</source>
        <translation>
„probe“ endet wie Monitoring-Plugins: 0 gesund, 1 eingeschränkt, 2 ausgefallen, 3 kein Urteil (falsche
Argumente eingeschlossen); siehe „%1 probe --help“.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command; it goes first, before any option</source>
        <translation>„%1“ ist ein Befehl; er steht zuerst, vor jeder Option</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Befehl „%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a profile</source>
        <translation>%1: ist ein Ordner, kein Profil</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>„%1 --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the profile or input has problems (each printed as FILE:LINE:COL: key.path: message)
  2  wrong arguments
  3  a file could not be read or written, or exists and --force was not given
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  das Profil oder die Eingabe hat Probleme (jedes ausgegeben als DATEI:ZEILE:SPALTE: key.path: Meldung)
  2  falsche Argumente
  3  eine Datei konnte nicht gelesen oder geschrieben werden, oder sie existiert und --force wurde nicht angegeben
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation>Siehe „%1 %2 --help“.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sizing and cost tables to use instead of the built-in ones.</source>
        <translation>Sizing- und Kostentabellen, die statt der eingebauten verwendet werden.</translation>
    </message>
    <message>
        <source>Key-metric preset to use instead of picking one by the names present.</source>
        <translation>Schlüsselmetrik-Preset, das verwendet wird, statt eines nach den vorhandenen Namen zu wählen.</translation>
    </message>
    <message>
        <source>Key-metric presets and thresholds file to use instead of the built-in one.</source>
        <translation>Datei mit Schlüsselmetrik-Presets und Schwellenwerten, die statt der eingebauten verwendet wird.</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos;; one of: %2</source>
        <translation>--preset: unbekanntes Preset „%1“; eines von: %2</translation>
    </message>
    <message>
        <source>Seconds a request may take, connect to last byte (default 5).</source>
        <translation>Sekunden, die eine Anfrage dauern darf, vom Verbindungsaufbau bis zum letzten Byte (Standard 5).</translation>
    </message>
    <message>
        <source>A CA certificate (PEM or DER) to trust for https besides the system&apos;s.</source>
        <translation>Ein CA-Zertifikat (PEM oder DER), dem für https neben denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source> (since the process started)</source>
        <translation> (seit Start des Prozesses)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of seconds</source>
        <translation>--%1: „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>The instance&apos;s base URL, e.g. https://posthog.example.com.</source>
        <translation>Die Basis-URL der Instanz, z. B. https://posthog.example.com.</translation>
    </message>
    <message>
        <source>Scrape this Prometheus text endpoint directly (web&apos;s :8001/metrics).</source>
        <translation>Diesen Prometheus-Text-Endpunkt direkt scrapen (:8001/metrics von web).</translation>
    </message>
    <message>
        <source>Read the key metrics from this Prometheus server&apos;s HTTP API instead.</source>
        <translation>Die Schlüsselmetriken stattdessen aus der HTTP-API dieses Prometheus-Servers lesen.</translation>
    </message>
    <message>
        <source>A probe path under --url, or an absolute URL; repeat for more. Default: %1.</source>
        <translation>Ein Probe-Pfad unter --url oder eine absolute URL; für weitere wiederholen. Standard: %1.</translation>
    </message>
    <message>
        <source>Check once and exit (the default).</source>
        <translation>Einmal prüfen und beenden (Standard).</translation>
    </message>
    <message>
        <source>A round every SECONDS, each printed, until interrupted (SIGINT, SIGTERM).</source>
        <translation>Alle SEKUNDEN eine Runde, jede ausgegeben, bis zur Unterbrechung (SIGINT, SIGTERM).</translation>
    </message>
    <message>
        <source>With --once and --metrics-url: seconds between the two scrapes (default 2).</source>
        <translation>Mit --once und --metrics-url: Sekunden zwischen den beiden Scrapes (Standard 2).</translation>
    </message>
    <message>
        <source>Print one JSON object per round, each on one line.</source>
        <translation>Ein JSON-Objekt pro Runde ausgeben, jedes auf einer Zeile.</translation>
    </message>
    <message>
        <source>A deployment profile: show how its replicas and ClickHouse nodes compare with what the observed volume needs.</source>
        <translation>Ein Deployment-Profil: zeigen, wie seine Replicas und ClickHouse-Knoten zu dem passen, was das beobachtete Volumen braucht.</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds</source>
        <translation>muss zwischen %1 und %2 Sekunden liegen</translation>
    </message>
    <message>
        <source>shorter than the time a request may take (%1 seconds, --timeout): a round still waiting for answers makes the next one be skipped</source>
        <translation>kürzer als die Zeit, die eine Anfrage dauern darf (%1 Sekunden, --timeout): eine Runde, die noch auf Antworten wartet, lässt die nächste überspringen</translation>
    </message>
    <message>
        <source>Each VALUE is read as YAML: a single value, or a flow list such as
[https://a.example, https://b.example]; quote it (&apos;&quot;8080&quot;&apos;) to make it a string.
KEY- removes an optional key. A key the file does not have yet is added where the
starter profile places it. Only the lines of the keys given change; comments, blank
lines, key order and quoting of the rest stay as they are. The result is validated
first: with any problem nothing is written. Secrets are never stored in a profile.

</source>
        <translation>Jeder WERT wird als YAML gelesen: ein einzelner Wert oder eine Flow-Liste wie
[https://a.example, https://b.example]; in Anführungszeichen setzen (&apos;&quot;8080&quot;&apos;), um einen String zu erhalten.
SCHLÜSSEL- entfernt einen optionalen Schlüssel. Ein Schlüssel, den die Datei noch nicht hat, wird dort
eingefügt, wo das Startprofil ihn platziert. Nur die Zeilen der angegebenen Schlüssel ändern sich; Kommentare,
Leerzeilen, Reihenfolge der Schlüssel und Quoting des Rests bleiben, wie sie sind. Das Ergebnis wird zuerst
geprüft: bei einem Problem wird nichts geschrieben. Secrets werden nie in einem Profil gespeichert.

</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a YAML value: %3</source>
        <translation>%1: „%2“ ist kein YAML-Wert: %3</translation>
    </message>
    <message>
        <source>%1: list items must be single values, as in [a, b]</source>
        <translation>%1: Listeneinträge müssen einzelne Werte sein, wie in [a, b]</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is no value; write %1- to remove the key</source>
        <translation>%1: „%2“ ist kein Wert; %1- schreiben, um den Schlüssel zu entfernen</translation>
    </message>
    <message>
        <source>%1: expected a single value or a flow list [a, b], found a mapping</source>
        <translation>%1: einzelner Wert oder Flow-Liste [a, b] erwartet, Zuordnung gefunden</translation>
    </message>
    <message>
        <source>The profile to edit in place.</source>
        <translation>Das Profil, das an Ort und Stelle bearbeitet wird.</translation>
    </message>
    <message>
        <source>A key path and its new value, or KEY- to remove the key.</source>
        <translation>Ein Schlüsselpfad und sein neuer Wert, oder SCHLÜSSEL- zum Entfernen des Schlüssels.</translation>
    </message>
    <message>
        <source>Change values of a profile in place, keeping its comments.</source>
        <translation>Werte eines Profils an Ort und Stelle ändern, seine Kommentare bleiben erhalten.</translation>
    </message>
    <message>
        <source>nothing to set: give KEY=VALUE or KEY- (see &apos;set --help&apos;)</source>
        <translation>nichts zu setzen: KEY=VALUE oder KEY- angeben (siehe „set --help“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither KEY=VALUE nor KEY- (KEY a path such as spec.cluster.imageTag)</source>
        <translation>„%1“ ist weder KEY=VALUE noch KEY- (KEY ein Pfad wie spec.cluster.imageTag)</translation>
    </message>
    <message>
        <source>%1: secrets are never stored in a profile; the wizard keeps them in the keychain, install.sh and compose/.env read them from secrets.env</source>
        <translation>%1: Secrets werden nie in einem Profil gespeichert; der Assistent hält sie im Schlüsselbund, install.sh und compose/.env lesen sie aus secrets.env</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>--url %1: not an http or https URL</source>
        <translation>--url %1: keine http- oder https-URL</translation>
    </message>
    <message>
        <source>--timeout %1: must be between 0.1 and 120 seconds</source>
        <translation>--timeout %1: muss zwischen 0,1 und 120 Sekunden liegen</translation>
    </message>
    <message>
        <source>no verdict: %1 is not set; PostHog&apos;s admin API answers only with a personal API key</source>
        <translation>kein Urteil: %1 ist nicht gesetzt; die Admin-API von PostHog antwortet nur mit einem persönlichen API-Schlüssel</translation>
    </message>
    <message>
        <source>      last error: %1</source>
        <translation>      letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Async migrations:
</source>
        <translation>Asynchrone Migrationen:
</translation>
    </message>
    <message>
        <source>Async migrations: %1
</source>
        <translation>Asynchrone Migrationen: %1
</translation>
    </message>
    <message>
        <source>Slow ClickHouse queries (over 10 s, last 6 h):
</source>
        <translation>Langsame ClickHouse-Abfragen (über 10 s, letzte 6 h):
</translation>
    </message>
    <message>
        <source>The PostHog instance&apos;s base URL.</source>
        <translation>Die Basis-URL der PostHog-Instanz.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The deployment profile: its imageTag is the PostHog version when the instance does not report one.</source>
        <translation>Das Deployment-Profil: sein imageTag ist die PostHog-Version, wenn die Instanz keine meldet.</translation>
    </message>
    <message>
        <source>Limits of the checks to use instead of the built-in ones (admin-checks.yaml).</source>
        <translation>Limits der Prüfungen, die statt der eingebauten verwendet werden (admin-checks.yaml).</translation>
    </message>
    <message>
        <source>Reads PostHog&apos;s own System status (GET /api/instance_status, its queries and the async migrations)
and judges it: services alive, async migrations, dead letter queue, object storage, ClickHouse disk,
ingestion lag, Redis&apos; memory limit, PostgreSQL and Redis versions against PostHog&apos;s gates.

</source>
        <translation>Liest den eigenen Systemstatus von PostHog (GET /api/instance_status, seine Abfragen und die asynchronen
Migrationen) und bewertet ihn: laufende Dienste, asynchrone Migrationen, Dead Letter Queue, Objektspeicher,
ClickHouse-Disk, Ingestion-Verzögerung, Speicherlimit von Redis, Versionen von PostgreSQL und Redis gegen die
Grenzen von PostHog.

</translation>
    </message>
    <message>
        <source>PostHog&apos;s own system status, as checks.</source>
        <translation>Der eigene Systemstatus von PostHog, als Prüfungen.</translation>
    </message>
    <message>
        <source>Really send the action (without it, only say what it would do).</source>
        <translation>Die Aktion wirklich senden (ohne dies nur sagen, was sie täte).</translation>
    </message>
    <message>
        <source>Send &apos;%1&apos; for the migration NAME.</source>
        <translation>„%1“ für die Migration NAME senden.</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  listed, or the action was accepted
  1  PostHog refused the action (its reason is shown)
  2  the instance does not answer
  3  no verdict: wrong arguments, no key, the key refused, an unknown migration, no --yes
</source>
        <translation>
Exit-Codes:
  0  aufgelistet, oder die Aktion wurde angenommen
  1  PostHog hat die Aktion abgelehnt (mit Begründung)
  2  die Instanz antwortet nicht
  3  kein Urteil: falsche Argumente, kein Schlüssel, der Schlüssel abgelehnt, eine unbekannte Migration, kein --yes
</translation>
    </message>
    <message>
        <source>PostHog&apos;s async migrations: list them or act on one.</source>
        <translation>Die asynchronen Migrationen von PostHog: auflisten oder auf eine einwirken.</translation>
    </message>
    <message>
        <source>--%1 and --%2: give one action</source>
        <translation>--%1 und --%2: eine Aktion angeben</translation>
    </message>
    <message>
        <source>no async migrations
</source>
        <translation>keine asynchronen Migrationen
</translation>
    </message>
    <message>
        <source>--%1 %2: this instance has no such async migration; it has: %3</source>
        <translation>--%1 %2: diese Instanz hat keine solche asynchrone Migration; sie hat: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>PostHog refused &apos;%1&apos; for %2: %3</source>
        <translation>PostHog hat „%1“ für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>PostHog accepted &apos;%1&apos; for %2
</source>
        <translation>PostHog hat „%1“ für %2 angenommen
</translation>
    </message>
    <message>
        <source>The version to upgrade to: 1.44.0 or release-1.44.0.</source>
        <translation>Die Version, auf die aktualisiert wird: 1.44.0 oder release-1.44.0.</translation>
    </message>
    <message>
        <source>The deployment profile whose imageTag is the version to upgrade to.</source>
        <translation>Das Deployment-Profil, dessen imageTag die Zielversion des Upgrades ist.</translation>
    </message>
    <message>
        <source>Can the instance be upgraded to a version, and how.</source>
        <translation>Ob die Instanz auf eine Version aktualisiert werden kann, und wie.</translation>
    </message>
    <message>
        <source>give the target version with --to VERSION or --profile FILE (its imageTag), one of them</source>
        <translation>die Zielversion mit --to VERSION oder --profile DATEI (dessen imageTag) angeben, eines von beiden</translation>
    </message>
    <message>
        <source>%1 %2: not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation>%1 %2: keine PostHog-Version wie 1.44.0 oder release-1.44.0</translation>
    </message>
    <message>
        <source>--lang %1: unknown language; available: %2</source>
        <translation>--lang %1: unbekannte Sprache; verfügbar: %2</translation>
    </message>
    <message>
        <source>one profile at most; also given: %1</source>
        <translation>höchstens ein Profil; zusätzlich angegeben: %1</translation>
    </message>
    <message>
        <source>events replicas</source>
        <translation>Events-Replikas</translation>
    </message>
    <message>
        <source>plugins replicas</source>
        <translation>Plugins-Replikas</translation>
    </message>
    <message>
        <source>  PostHog version: not reported (images built after mid-2023 have no row)
</source>
        <translation>  PostHog-Version: nicht gemeldet (Images ab Mitte 2023 haben keine solche Zeile)
</translation>
    </message>
    <message>
        <source>  PostHog version: %1
</source>
        <translation>  PostHog-Version: %1
</translation>
    </message>
    <message>
        <source>  PostHog version: not reported; %1 from the profile
</source>
        <translation>  PostHog-Version: nicht gemeldet; %1 aus dem Profil
</translation>
    </message>
    <message>
        <source>  Helm: not reported (not installed with the chart, or an older chart)
</source>
        <translation>  Helm: nicht gemeldet (nicht mit dem Chart installiert, oder ein älteres Chart)
</translation>
    </message>
    <message>
        <source>  Helm: chart %1, release %2, revision %3
</source>
        <translation>  Helm: Chart %1, Release %2, Revision %3
</translation>
    </message>
    <message>
        <source>  1 check could not read its input and counts against healthy:
</source>
        <translation>  1 Prüfung konnte ihre Eingabe nicht lesen und spricht gegen „healthy“:
</translation>
    </message>
    <message>
        <source>  %1 checks could not read their input and count against healthy:
</source>
        <translation>  %1 Prüfungen konnten ihre Eingabe nicht lesen und sprechen gegen „healthy“:
</translation>
    </message>
    <message>
        <source>Lists PostHog&apos;s async migrations (GET /api/async_migrations, every page), or sends one action
(POST /api/async_migrations/&lt;id&gt;/&lt;action&gt;). The migration&apos;s name is checked against the instance&apos;s
list first (with a did-you-mean). Without --yes an action sends nothing: it reads the list, says what
it would do and exits 3.

</source>
        <translation>Listet PostHogs asynchrone Migrationen (GET /api/async_migrations, alle Seiten) oder sendet eine Aktion
(POST /api/async_migrations/&lt;id&gt;/&lt;action&gt;). Der Name der Migration wird zuerst mit der Liste der Instanz
abgeglichen (mit einem Vorschlag). Ohne --yes sendet eine Aktion nichts: sie liest die Liste, sagt, was sie
tun würde, und endet mit 3.

</translation>
    </message>
    <message>
        <source>--%1 %2: this instance has no such async migration (did you mean &apos;%3&apos;?)</source>
        <translation>--%1 %2: diese Instanz hat keine solche asynchrone Migration (meinten Sie „%3“?)</translation>
    </message>
    <message>
        <source>would send &apos;%1&apos; for %2 (%3) to %4: %5
</source>
        <translation>würde „%1“ für %2 (%3) an %4 senden: %5
</translation>
    </message>
    <message>
        <source>PostHog would refuse it: &apos;%1&apos; is not taken for a migration that is %2
</source>
        <translation>PostHog würde ablehnen: „%1“ wird für eine Migration im Zustand %2 nicht angenommen
</translation>
    </message>
    <message>
        <source>nothing was sent; add --yes to send it
</source>
        <translation>nichts wurde gesendet; mit --yes wird es gesendet
</translation>
    </message>
    <message>
        <source>The version the instance runs, instead of the one it reports (images built after mid-2023 report none).</source>
        <translation>Die Version, die die Instanz ausführt, statt der gemeldeten (Images ab Mitte 2023 melden keine).</translation>
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
        <translation>Prüft, ob die laufende Instanz auf eine Version aktualisiert werden kann: asynchrone Migrationen, die
zuerst abgeschlossen sein müssen (die Liste der Instanz und die späterer Releases, aus PostHogs Quelltext),
fehlgeschlagene Migrationen sowie PostgreSQL und Redis gegen die Dienstgrenzen des Ziels. ClickHouse, dessen
Version PostHog nicht meldet, ist ein Hinweis zur Prüfung von Hand. Gibt go oder blocked mit den Schritten aus:
wo anzuhalten ist, was dort auszuführen ist, dann das Ziel.
Es gelten die Regeln von PostHogs Migrate-Job (run_async_migrations --check): eine Migration in Running,
Starting oder Errored blockiert jedes Upgrade; eine nicht abgeschlossene blockiert ein Ziel jenseits ihrer
Höchstversion, außer das Ziel liefert sie als No-op. Ein älteres Ziel ist ein Downgrade, das PostHog nicht
unterstützt (asynchrone Migrationen laufen nicht rückwärts): blocked. Jeder Zwischenhalt nennt Release und
Chart-Version aus PostHogs Runbook, als helm-Befehl.
Die Version der Instanz ist ihre Zeile posthog_version (PostHog 1.4x); Images ab Mitte 2023 melden keine:
angeben mit --from VERSION (das in jedem Fall Vorrang vor der Zeile hat).

</translation>
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
        <translation>
Exit-Codes:
  0  go
  1  blocked (jedes Hindernis ausgegeben), ein Downgrade eingeschlossen
  2  die Instanz antwortet nicht
  3  kein Urteil: falsche Argumente, kein Schlüssel, Schlüssel abgelehnt, eine Antwort, die nicht von PostHog ist,
     oder eine Instanz, die ihre Version nicht meldet (--from VERSION angeben)
</translation>
    </message>
    <message>
        <source>--from %1: not a PostHog version such as 1.43.0 or release-1.43.0</source>
        <translation>--from %1: keine PostHog-Version wie 1.43.0 oder release-1.43.0</translation>
    </message>
    <message>
        <source>no verdict: the instance does not report its PostHog version (images built after mid-2023 have no posthog_version row); give the version it runs with --from VERSION</source>
        <translation>kein Urteil: die Instanz meldet ihre PostHog-Version nicht (Images ab Mitte 2023 haben keine Zeile posthog_version); geben Sie die laufende Version mit --from VERSION an</translation>
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
        <translation>Exit-Codes:
  0  die Daten wurden ohne fehlerhafte Zeilen gelesen (und verletzen in OpenMetrics-Form
     keine Regel von OpenMetrics 1.0)
  1  fehlerhafte Zeilen gefunden, oder Daten in OpenMetrics-Form verletzen dessen Regeln
     (jede ausgegeben als DATEI:ZEILE:SPALTE: Metrik: Meldung), oder die Datei von --presets hat Probleme
  2  falsche Argumente
  3  die Daten konnten nicht gelesen oder abgerufen werden oder sind größer als --max-bytes (Vorgabe %1);
     oder die Datei von --presets konnte nicht gelesen werden
</translation>
    </message>
    <message>
        <source>OpenMetrics rules broken: %1 (the values were read all the same)
</source>
        <translation>verletzte OpenMetrics-Regeln: %1 (die Werte wurden trotzdem gelesen)
</translation>
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
        <translation>Der persönliche API-Schlüssel wird aus der Umgebungsvariablen %1 gelesen, nie von der Befehlszeile
(wo andere Benutzer ihn sehen können). Er geht nur an den Ursprung von --url, über https oder an diesen
Computer. Wer was lesen darf, regelt PostHog (posthog/permissions.py, posthog/api/async_migration.py).
Den Systemstatus (/api/instance_status) jeder angemeldete Benutzer einer selbst betriebenen Instanz
(SingleTenancyOrAdmin; in PostHog Cloud nur Staff), die asynchronen Migrationen (/api/async_migrations)
nur ein Staff-Benutzer (IsStaffUser; PostHog macht den ersten Benutzer einer Instanz zum Staff). Persönliche
API-Schlüssel von PostHog 1.4x haben keine Scopes: ein Schlüssel kann alles, was sein Benutzer kann; behalten
Sie ihn auf diesem Rechner und widerrufen Sie ihn in PostHog, wenn er nicht mehr gebraucht wird.
</translation>
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
        <translation>
Exit-Codes (die von Monitoring-Plugins):
  0  healthy: gesund
  1  degraded: eine Prüfung warnt oder schlägt fehl
  2  down: die Instanz antwortet nicht
  3  kein Urteil: falsche Argumente, kein Schlüssel, Schlüssel abgelehnt, eine Antwort, die nicht von PostHog ist,
     oder eine, in der keine Prüfung ihre Zeilen lesen konnte
Eine Prüfung, die ihre Zeile nicht lesen kann, ist „unknown“, steht zuerst und macht das Urteil „degraded“;
„healthy“ heißt, jede Prüfung lief und bestand. PostHog speichert /api/instance_status 60 s zwischen,
Verzögerung und Plattenwerte können also eine Minute alt sein.
</translation>
    </message>
</context>
<context>
    <name>phc::CloudPricing</name>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-08-01</source>
        <translation>„%1“ ist kein Datum wie 2024-08-01</translation>
    </message>
    <message>
        <source>only USD is supported</source>
        <translation>nur USD wird unterstützt</translation>
    </message>
    <message>
        <source>a price must not be negative</source>
        <translation>ein Preis darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>phc::ClusterPage</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Where PostHog runs: the profile&apos;s name, the targets, the Kubernetes cluster.</source>
        <translation>Wo PostHog läuft: Name des Profils, Zielplattformen, Kubernetes-Cluster.</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>DigitalOcean</source>
        <translation>DigitalOcean</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Pod and Service CIDRs</source>
        <translation>Pod- und Service-CIDRs</translation>
    </message>
</context>
<context>
    <name>phc::ConnectionDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Scrape a /metrics endpoint</source>
        <translation>/metrics-Endpunkt direkt abfragen</translation>
    </message>
    <message>
        <source>Prometheus server API</source>
        <translation>API eines Prometheus-Servers</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8001/metrics (kubectl port-forward) or a Prometheus URL</source>
        <translation>http://127.0.0.1:8001/metrics (kubectl port-forward) oder eine Prometheus-URL</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities</source>
        <translation>keine: Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Paths under the base URL, or full URLs (the plugin server&apos;s :6738/_health).</source>
        <translation>Pfade unterhalb der Basis-URL oder vollständige URLs (etwa :6738/_health des Plugin-Servers).</translation>
    </message>
    <message>
        <source>Origins your web app calls PostHog from; Diagnostics sends a CORS preflight for each.</source>
        <translation>Origins, von denen aus Ihre Web-App PostHog aufruft; die Diagnose sendet für jeden Origin einen CORS-Preflight.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Probes:</source>
        <translation>&amp;Probes:</translation>
    </message>
    <message>
        <source>&amp;Metrics source:</source>
        <translation>&amp;Metrikquelle:</translation>
    </message>
    <message>
        <source>Metrics &amp;URL:</source>
        <translation>Metrik-&amp;URL:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Timeout:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>&amp;Rate window:</source>
        <translation>&amp;Ratenfenster:</translation>
    </message>
    <message>
        <source>Largest &amp;answer:</source>
        <translation>Maximale Ant&amp;wortgröße:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>CORS-Ori&amp;gins:</translation>
    </message>
    <message>
        <source>Personal API &amp;key:</source>
        <translation>Persönlicher API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kept in %1; never written to a file or the settings.</source>
        <translation>Aufbewahrt in: %1; wird nie in eine Datei oder die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>phx_... (for the key check, System status and async migrations)</source>
        <translation>phx_... (für die Schlüsselprüfung, den Systemstatus und die asynchronen Migrationen)</translation>
    </message>
    <message>
        <source>A personal API key. System status: any logged-in user of a self-hosted instance may read it. Async migrations: only a staff user (PostHog makes the instance&apos;s first user staff). Keys of PostHog 1.4x have no scopes: a key can do all its user can.</source>
        <translation>Ein persönlicher API-Schlüssel. Systemstatus: jeder angemeldete Benutzer einer selbst betriebenen Instanz darf ihn lesen. Asynchrone Migrationen: nur ein Staff-Benutzer (PostHog macht den ersten Benutzer der Instanz zum Staff). Schlüssel von PostHog 1.4x haben keine Scopes: ein Schlüssel kann alles, was sein Benutzer kann.</translation>
    </message>
</context>
<context>
    <name>phc::ConnectionSettings</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be an http or https URL with a host name</source>
        <translation>muss eine http- oder https-URL mit Hostname sein</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>must not contain a query or fragment</source>
        <translation>darf keine Query und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>plain http to another computer: the API key will not be sent, use https</source>
        <translation>unverschlüsseltes http zu einem anderen Rechner: der API-Schlüssel wird nicht gesendet, https verwenden</translation>
    </message>
    <message>
        <source>no probes: health is not watched</source>
        <translation>keine Probes: der Zustand wird nicht überwacht</translation>
    </message>
    <message>
        <source>must be a path starting with / or an http(s) URL</source>
        <translation>muss ein Pfad sein, der mit / beginnt, oder eine http(s)-URL</translation>
    </message>
    <message>
        <source>must be an http or https URL for the chosen metrics source</source>
        <translation>muss für die gewählte Metrikquelle eine http- oder https-URL sein</translation>
    </message>
    <message>
        <source>longer than the poll interval: slow rounds are skipped</source>
        <translation>länger als das Abfrageintervall: langsame Runden werden übersprungen</translation>
    </message>
    <message>
        <source>shorter than two poll intervals: rates need two scrapes</source>
        <translation>kürzer als zwei Abfrageintervalle: Raten brauchen zwei Scrapes</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>must be an origin such as https://app.example.com</source>
        <translation>muss ein Origin wie https://app.example.com sein</translation>
    </message>
    <message>
        <source>no saved connection for profile &quot;%1&quot;</source>
        <translation>keine gespeicherte Verbindung für das Profil „%1“</translation>
    </message>
    <message>
        <source>stored value unreadable, default used</source>
        <translation>gespeicherter Wert unlesbar, Standardwert verwendet</translation>
    </message>
</context>
<context>
    <name>phc::CostPanel</name>
    <message>
        <source>Demo data: the numbers below come from the simulated instance.</source>
        <translation>Demodaten: Die folgenden Zahlen stammen von der simulierten Instanz.</translation>
    </message>
    <message>
        <source>Observed ingestion:</source>
        <translation>Beobachtete Erfassung:</translation>
    </message>
    <message>
        <source>Projected monthly events:</source>
        <translation>Hochgerechnete Events pro Monat:</translation>
    </message>
    <message>
        <source>Resource tier:</source>
        <translation>Ressourcenstufe:</translation>
    </message>
    <message>
        <source>Scaling row:</source>
        <translation>Zeile der Skalierungstabelle:</translation>
    </message>
    <message>
        <source>Self-hosted cost:</source>
        <translation>Kosten (selbst gehostet):</translation>
    </message>
    <message>
        <source>PostHog Cloud:</source>
        <translation>PostHog Cloud:</translation>
    </message>
    <message>
        <source>Self-hosting pays from:</source>
        <translation>Selbst hosten lohnt sich ab:</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Web replicas</source>
        <translation>Web-Replikas</translation>
    </message>
    <message>
        <source>Worker replicas</source>
        <translation>Worker-Replikas</translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation>ClickHouse-Nodes</translation>
    </message>
    <message>
        <source>Recommended replicas against the profile</source>
        <translation>Empfohlene Replikas im Vergleich zum Profil</translation>
    </message>
    <message>
        <source>Monthly cost against monthly events</source>
        <translation>Monatliche Kosten nach Events pro Monat</translation>
    </message>
    <message>
        <source>Self-hosted (sizing table)</source>
        <translation>Selbst gehostet (Dimensionierungstabelle)</translation>
    </message>
    <message>
        <source>PostHog Cloud</source>
        <translation>PostHog Cloud</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Hochrechnung</translation>
    </message>
    <message>
        <source>events per month</source>
        <translation>Events pro Monat</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>%1 events a month (%2 with PostHog Cloud&apos;s pricing of %3)</source>
        <translation>%1 Events pro Monat (%2 mit den Preisen von PostHog Cloud vom %3)</translation>
    </message>
    <message>
        <source>never: PostHog Cloud is cheaper at every volume</source>
        <translation>nie: PostHog Cloud ist bei jedem Volumen günstiger</translation>
    </message>
    <message>
        <source>unknown until the ingestion rate is known (two samples are needed)</source>
        <translation>unbekannt, bis die Erfassungsrate bekannt ist (dafür sind zwei Messwerte nötig)</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Events/s</translation>
    </message>
    <message>
        <source>%1 (rate × 30 days)</source>
        <translation>%1 (Rate × 30 Tage)</translation>
    </message>
    <message>
        <source>%1: %2 vCPUs, %3 GB RAM</source>
        <translation>%1: %2 vCPUs, %3 GB RAM</translation>
    </message>
    <message>
        <source>%1 a month for the same volume (pricing of %2)</source>
        <translation>%1 pro Monat für dasselbe Volumen (Preise vom %2)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>%1 to %2 (autoscaled)</source>
        <translation>%1 bis %2 (automatisch skaliert)</translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation>nicht im Profil</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message numerus="yes">
        <source>%n too few</source>
        <translation>
            <numerusform>%n zu wenig</numerusform>
            <numerusform>%n zu wenige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than needed</source>
        <translation>
            <numerusform>%n mehr als nötig</numerusform>
            <numerusform>%n mehr als nötig</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Self-hosted beyond %1 events: estimate (%2 per million events)</source>
        <translation>Selbst gehostet über %1 Ereignisse hinaus: Schätzung (%2 pro Million Ereignisse)</translation>
    </message>
    <message>
        <source>Self-hosted beyond %1 events: at least %2 (the sizing table ends there)</source>
        <translation>Selbst gehostet über %1 Ereignisse hinaus: mindestens %2 (die Sizing-Tabelle endet dort)</translation>
    </message>
    <message>
        <source>not below %1 events a month, if at all: PostHog Cloud (pricing of %2) costs less than %3 up to there, and beyond %4 events the sizing table gives only that floor for self-hosting</source>
        <translation>nicht unter %1 Ereignissen im Monat, wenn überhaupt: PostHog Cloud (Preise vom %2) kostet bis dahin weniger als %3, und über %4 Ereignisse hinaus liefert die Sizing-Tabelle für Self-Hosting nur diese Untergrenze</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>phc::DashboardView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Connection...</source>
        <translation>&amp;Verbindung...</translation>
    </message>
    <message>
        <source>Watch the &amp;demo instance</source>
        <translation>Demo-Instanz &amp;beobachten</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Everything shown comes from the simulated instance started by --demo.</source>
        <translation>Alles Angezeigte stammt von der simulierten Instanz, die mit --demo gestartet wurde.</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Chart window</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>Metric names</source>
        <translation>Metriknamen</translation>
    </message>
    <message>
        <source>Which metric names the key metrics are read from; automatic picks the preset with the most names present.</source>
        <translation>Aus welchen Metriknamen die Kennzahlen gelesen werden; „Automatisch“ wählt die Vorgabe, von der die meisten Namen vorhanden sind.</translation>
    </message>
    <message>
        <source>Freeze the charts to look at them; watching goes on.</source>
        <translation>Hält die Diagramme zum Betrachten an; die Beobachtung läuft weiter.</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>&amp;Health and metrics</source>
        <translation>&amp;Zustand und Metriken</translation>
    </message>
    <message>
        <source>C&amp;ost and sizing</source>
        <translation>&amp;Kosten und Dimensionierung</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No instance is watched&lt;/h3&gt;&lt;p&gt;Give the address of your PostHog instance, its probes and where its metrics are (a /metrics endpoint reached through a port-forward, or a Prometheus server).&lt;/p&gt;&lt;p&gt;Or watch the built-in demo instance: a simulated PostHog with bursts of events, a queue that builds and drains, and latency histograms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Es wird keine Instanz beobachtet&lt;/h3&gt;&lt;p&gt;Geben Sie die Adresse Ihrer PostHog-Instanz an, ihre Probes und wo ihre Metriken liegen (ein /metrics-Endpunkt, erreichbar über ein Port-Forward, oder ein Prometheus-Server).&lt;/p&gt;&lt;p&gt;Oder beobachten Sie die eingebaute Demo-Instanz: ein simuliertes PostHog mit Event-Schüben, einer Warteschlange, die sich füllt und wieder leert, und Latenz-Histogrammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up a &amp;connection...</source>
        <translation>Verbindung &amp;einrichten...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation>Die Demo-Instanz konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>memory, for this run only</source>
        <translation>Arbeitsspeicher, nur für diesen Programmlauf</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert um %1</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>PostHog probe down</source>
        <translation>PostHog-Probe ausgefallen</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>Instance status: %1</source>
        <translation>Instanzstatus: %1</translation>
    </message>
    <message>
        <source>%1 is past its critical limit: %2</source>
        <translation>%1 hat den kritischen Grenzwert überschritten: %2</translation>
    </message>
    <message>
        <source>PostHog metric critical</source>
        <translation>PostHog-Metrik kritisch</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <source>Metric names, PromQL and thresholds of the key metrics: save a copy, edit it, load it.</source>
        <translation>Metriknamen, PromQL und Schwellenwerte der Schlüsselmetriken: eine Kopie speichern, bearbeiten, laden.</translation>
    </message>
    <message>
        <source>&amp;Load a mapping file...</source>
        <translation>Zuordnungsdatei &amp;laden...</translation>
    </message>
    <message>
        <source>Load metric mapping</source>
        <translation>Metrikzuordnung laden</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Metric mapping</source>
        <translation>Metrikzuordnung</translation>
    </message>
    <message>
        <source>&amp;Save a copy to edit...</source>
        <translation>Kopie zum Bearbeiten &amp;speichern...</translation>
    </message>
    <message>
        <source>Save metric mapping</source>
        <translation>Metrikzuordnung speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Use the &amp;built-in mapping</source>
        <translation>&amp;Eingebaute Zuordnung verwenden</translation>
    </message>
    <message>
        <source>Key metrics read with %1</source>
        <translation>Schlüsselmetriken gelesen mit %1</translation>
    </message>
    <message>
        <source>Key metrics read with the built-in mapping</source>
        <translation>Schlüsselmetriken gelesen mit der eingebauten Zuordnung</translation>
    </message>
    <message>
        <source>S&amp;ystem status</source>
        <translation>S&amp;ystemstatus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>System status: %1</source>
        <translation>Systemstatus: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>phc::DatabasesPage</name>
    <message>
        <source>Databases and storage</source>
        <translation>Datenbanken und Speicher</translation>
    </message>
    <message>
        <source>Each service runs inside the deployment (bundled) or is one you already operate (external).</source>
        <translation>Jeder Dienst läuft entweder im Deployment (mitgeliefert) oder wird bereits von Ihnen betrieben (extern).</translation>
    </message>
    <message>
        <source>bundled (runs in the deployment)</source>
        <translation>mitgeliefert (läuft im Deployment)</translation>
    </message>
    <message>
        <source>external (one you operate)</source>
        <translation>extern (von Ihnen betrieben)</translation>
    </message>
</context>
<context>
    <name>phc::DeploymentSecrets</name>
    <message>
        <source>PostHog&apos;s SECRET_KEY: signs sessions and tokens</source>
        <translation>SECRET_KEY von PostHog: signiert Sitzungen und Tokens</translation>
    </message>
    <message>
        <source>password of the bundled PostgreSQL</source>
        <translation>Passwort des mitgelieferten PostgreSQL</translation>
    </message>
    <message>
        <source>password of the external PostgreSQL user</source>
        <translation>Passwort des externen PostgreSQL-Benutzers</translation>
    </message>
    <message>
        <source>password of the external Redis</source>
        <translation>Passwort des externen Redis</translation>
    </message>
    <message>
        <source>password of the bundled ClickHouse</source>
        <translation>Passwort des mitgelieferten ClickHouse</translation>
    </message>
    <message>
        <source>password of the external ClickHouse user</source>
        <translation>Passwort des externen ClickHouse-Benutzers</translation>
    </message>
    <message>
        <source>MinIO root user (PostHog&apos;s access key id)</source>
        <translation>MinIO-Root-Benutzer (Access-Key-ID von PostHog)</translation>
    </message>
    <message>
        <source>MinIO root password (PostHog&apos;s secret key)</source>
        <translation>MinIO-Root-Passwort (Secret Key von PostHog)</translation>
    </message>
    <message>
        <source>access key id of the bucket</source>
        <translation>Access-Key-ID des Buckets</translation>
    </message>
    <message>
        <source>secret access key of the bucket</source>
        <translation>Secret Access Key des Buckets</translation>
    </message>
    <message>
        <source>%1: a value cannot contain a line break</source>
        <translation>%1: ein Wert darf keinen Zeilenumbruch enthalten</translation>
    </message>
</context>
<context>
    <name>phc::Diagnostics</name>
    <message>
        <source>Host name resolves</source>
        <translation>Hostname wird aufgelöst</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>CORS preflight from %1</source>
        <translation>CORS-Preflight von %1</translation>
    </message>
    <message>
        <source>Health probes answer</source>
        <translation>Health-Probes antworten</translation>
    </message>
    <message>
        <source>Personal API key accepted</source>
        <translation>Persönlicher API-Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>no host name in the base URL</source>
        <translation>kein Hostname in der Basis-URL</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to resolve</source>
        <translation>%1 ist eine Adresse: nichts aufzulösen</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>keine Antwort für %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>plain http to this computer: no TLS to check</source>
        <translation>unverschlüsseltes http zu diesem Rechner: kein TLS zu prüfen</translation>
    </message>
    <message>
        <source>plain http: traffic is readable on the way and the API key is not sent; use https</source>
        <translation>unverschlüsseltes http: der Verkehr ist unterwegs lesbar und der API-Schlüssel wird nicht gesendet; https verwenden</translation>
    </message>
    <message>
        <source>no TLS connection to %1: %2</source>
        <translation>keine TLS-Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 within %2 ms</source>
        <translation>kein TLS-Handshake mit %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>days to expiry: %1</source>
        <translation>Tage bis zum Ablauf: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2</source>
        <translation>das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>the certificate expired %1 days ago</source>
        <translation>das Zertifikat ist vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is not trusted: %1</source>
        <translation>dem Zertifikat wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>valid, but expires in %1 days (renewal may be failing)</source>
        <translation>gültig, läuft aber in %1 Tagen ab (die Erneuerung schlägt vielleicht fehl)</translation>
    </message>
    <message>
        <source>valid for %1 and %2 more days</source>
        <translation>gültig für %1 und noch %2 Tage</translation>
    </message>
    <message>
        <source>%1 is a pattern; a browser never sends it as an Origin</source>
        <translation>%1 ist ein Muster; ein Browser sendet es nie als Origin</translation>
    </message>
    <message>
        <source>no answer to the preflight: %1</source>
        <translation>keine Antwort auf den Preflight: %1</translation>
    </message>
    <message>
        <source>OPTIONS %1 answered HTTP %2</source>
        <translation>OPTIONS %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 is not allowed: browsers block the web app&apos;s requests (add it to CORS_ALLOWED_ORIGINS)</source>
        <translation>%1 ist nicht erlaubt: Browser blockieren die Anfragen der Web-App (zu CORS_ALLOWED_ORIGINS hinzufügen)</translation>
    </message>
    <message>
        <source>the answer allows %1, not %2</source>
        <translation>die Antwort erlaubt %1, nicht %2</translation>
    </message>
    <message>
        <source>the preflight answered HTTP %1; browsers need a 2xx</source>
        <translation>der Preflight antwortete mit HTTP %1; Browser brauchen einen 2xx-Status</translation>
    </message>
    <message>
        <source>%1 is allowed, but not the %2 method</source>
        <translation>%1 ist erlaubt, aber nicht die Methode %2</translation>
    </message>
    <message>
        <source>every origin is allowed</source>
        <translation>jeder Origin ist erlaubt</translation>
    </message>
    <message>
        <source>%1 is allowed</source>
        <translation>%1 ist erlaubt</translation>
    </message>
    <message>
        <source>no probe paths configured</source>
        <translation>keine Probe-Pfade konfiguriert</translation>
    </message>
    <message>
        <source>%1: %2, HTTP %3, %4: %5</source>
        <translation>%1: %2, HTTP %3, %4: %5</translation>
    </message>
    <message>
        <source>all %1 probes up</source>
        <translation>alle %1 Probes erreichbar</translation>
    </message>
    <message>
        <source>degraded: %1</source>
        <translation>eingeschränkt: %1</translation>
    </message>
    <message>
        <source>not up: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>no personal API key given</source>
        <translation>kein persönlicher API-Schlüssel angegeben</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>the key is accepted</source>
        <translation>der Schlüssel wird akzeptiert</translation>
    </message>
    <message>
        <source>the key is rejected (HTTP %1)</source>
        <translation>der Schlüssel wird abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>could not tell: HTTP %1</source>
        <translation>nicht feststellbar: HTTP %1</translation>
    </message>
    <message>
        <source>request %1: %2 (%3)</source>
        <translation>Anfrage %1: %2 (%3)</translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation>nichts gemessen</translation>
    </message>
    <message>
        <source>no answers: %1</source>
        <translation>keine Antworten: %1</translation>
    </message>
    <message>
        <source>median %1, worst %2 over %3 requests</source>
        <translation>Median %1, schlechtester Wert %2 über %3 Anfragen</translation>
    </message>
    <message>
        <source>; %1 unanswered</source>
        <translation>; %1 unbeantwortet</translation>
    </message>
    <message>
        <source>no complete answer: %1</source>
        <translation>keine vollständige Antwort: %1</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
</context>
<context>
    <name>phc::DiagnosticsPanel</name>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;starten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Diagnostics results</source>
        <translation>Diagnoseergebnisse</translation>
    </message>
    <message>
        <source>Runs the production guide&apos;s troubleshooting steps against the instance: name resolution, certificate, CORS for each origin, probes, the personal API key and latency.</source>
        <translation>Führt die Schritte zur Fehlersuche aus dem Produktionsleitfaden gegen die Instanz aus: Namensauflösung, Zertifikat, CORS für jeden Origin, Probes, persönlicher API-Schlüssel und Latenz.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failure; %n warning(s).</source>
        <translation>
            <numerusform>Kein Fehlschlag; %n Warnung.</numerusform>
            <numerusform>Kein Fehlschlag; %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Demo data: the checks run against the simulated instance.</source>
        <translation>Demodaten: Die Prüfungen laufen gegen die simulierte Instanz.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Wird ausgeführt...</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>phc::DomainPage</name>
    <message>
        <source>Domain and TLS</source>
        <translation>Domain und TLS</translation>
    </message>
    <message>
        <source>The address users reach, its certificate, the proxy in front, and who may call it.</source>
        <translation>Die Adresse für die Benutzer, ihr Zertifikat, der vorgelagerte Proxy und wer sie aufrufen darf.</translation>
    </message>
    <message>
        <source>cert-manager issues the certificate</source>
        <translation>cert-manager stellt das Zertifikat aus</translation>
    </message>
    <message>
        <source>an existing certificate Secret</source>
        <translation>ein vorhandenes Zertifikats-Secret</translation>
    </message>
    <message>
        <source>no TLS (plain HTTP, e.g. behind a TLS proxy)</source>
        <translation>kein TLS (reines HTTP, z. B. hinter einem TLS-Proxy)</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>CORS-Origins</translation>
    </message>
    <message>
        <source>Client namespaces</source>
        <translation>Client-Namespaces</translation>
    </message>
</context>
<context>
    <name>phc::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Write the files to a folder. Nothing is replaced without asking.</source>
        <translation>Schreibt die Dateien in einen Ordner. Ohne Rückfrage wird nichts ersetzt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation>Im Ordner</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>Zu schreibende Dateien</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>exists, differs: will ask before replacing</source>
        <translation>vorhanden, abweichend: Rückfrage vor dem Ersetzen</translation>
    </message>
    <message>
        <source>a link, folder or unreadable file is in the way</source>
        <translation>blockiert durch Link, Ordner oder nicht lesbare Datei</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder differ and would be replaced.</source>
        <translation>
            <numerusform>%n Datei im Ordner weicht ab und würde ersetzt.</numerusform>
            <numerusform>%n Dateien im Ordner weichen ab und würden ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists in the folder and differs from the generated file (%2 of %3).
Replace it?</source>
        <translation>%1 ist im Ordner vorhanden und weicht von der erzeugten Datei ab (%2 von %3).
Ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1 cannot be replaced (a link, folder or unreadable file).</source>
        <translation>Es wurde nichts geschrieben: %1 kann nicht ersetzt werden (Link, Ordner oder nicht lesbare Datei).</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they were: %1.</source>
        <translation>Unverändert belassen: %1.</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>secrets.env cannot be written: %1</source>
        <translation>secrets.env kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>phc::FieldBinder</name>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>phc::HealthProber</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>not PostHog&apos;s answer: %1, an empty body</source>
        <translation>nicht PostHogs Antwort: %1, ein leerer Inhalt</translation>
    </message>
    <message>
        <source>not PostHog&apos;s answer: %1, starting &quot;%2&quot;</source>
        <translation>nicht PostHogs Antwort: %1, beginnt mit „%2“</translation>
    </message>
</context>
<context>
    <name>phc::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The same text, for the commands, in a terminal: man posthog-console</source>
        <translation>Derselbe Text zu den Befehlen im Terminal: man posthog-console</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Wizard: next step (as the Next button)</source>
        <translation>Assistent: nächster Schritt (wie „Weiter“)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next and previous field</source>
        <translation>Nächstes und vorheriges Feld</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>The field or button of that label</source>
        <translation>Das Feld oder die Schaltfläche dieser Beschriftung</translation>
    </message>
    <message>
        <source>Enter on a problem</source>
        <translation>Eingabetaste auf einem Problem</translation>
    </message>
    <message>
        <source>Review: go to the field of that problem</source>
        <translation>Überprüfung: zum Feld dieses Problems springen</translation>
    </message>
</context>
<context>
    <name>phc::HttpFetcher</name>
    <message>
        <source>the extra CA file %1 could not be read or holds no certificate</source>
        <translation>die zusätzliche CA-Datei %1 konnte nicht gelesen werden oder enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>not an http or https URL: %1</source>
        <translation>keine http- oder https-URL: %1</translation>
    </message>
    <message>
        <source>no personal API key is configured</source>
        <translation>kein persönlicher API-Schlüssel konfiguriert</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>redirect to %1 refused: only redirects within %2 are followed</source>
        <translation>Weiterleitung nach %1 abgelehnt: nur Weiterleitungen innerhalb von %2 werden verfolgt</translation>
    </message>
    <message>
        <source>more than %1 redirects; the last pointed to %2</source>
        <translation>mehr als %1 Weiterleitungen; die letzte zeigte auf %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the limit of %2</source>
        <translation>die Antwort kündigt %1 Bytes an, mehr als das Limit von %2</translation>
    </message>
    <message>
        <source>the answer passed the limit of %1 bytes</source>
        <translation>die Antwort hat das Limit von %1 Bytes überschritten</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation>%1 hat die Verbindung nach %2 von %3 Bytes geschlossen</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>not a valid HTTP answer from %1</source>
        <translation>keine gültige HTTP-Antwort von %1</translation>
    </message>
    <message>
        <source>connection refused by %1:%2 (nothing listens there?)</source>
        <translation>Verbindung von %1:%2 abgelehnt (lauscht dort nichts?)</translation>
    </message>
    <message>
        <source>host name %1 not found</source>
        <translation>Hostname %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not a valid HTTP answer from %1: %2</source>
        <translation>keine gültige HTTP-Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>phc::InstanceMonitor</name>
    <message>
        <source>no preset named &apos;%1&apos;</source>
        <translation>kein Preset namens „%1“</translation>
    </message>
    <message>
        <source>the Prometheus server has no key metric of any preset</source>
        <translation>der Prometheus-Server hat keine Schlüsselmetrik irgendeines Presets</translation>
    </message>
    <message>
        <source>not mapped in this preset</source>
        <translation>in diesem Preset nicht zugeordnet</translation>
    </message>
    <message>
        <source>no data in the window</source>
        <translation>keine Daten im Zeitfenster</translation>
    </message>
    <message>
        <source>no samples in the window</source>
        <translation>keine Samples im Zeitfenster</translation>
    </message>
</context>
<context>
    <name>phc::InstanceStatusReader</name>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be a list of cells</source>
        <translation>muss eine Liste von Zellen sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a boolean, a number or a string</source>
        <translation>muss ein Boolean, eine Zahl oder ein String sein</translation>
    </message>
</context>
<context>
    <name>phc::Json</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the answer must be a JSON object</source>
        <translation>die Antwort muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>phc::JsonFields</name>
    <message>
        <source>more problems not listed</source>
        <translation>weitere Probleme nicht aufgeführt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>muss ein String oder null sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>phc::KeyMetrics</name>
    <message>
        <source>not exposed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>not mapped in this preset</source>
        <translation>in diesem Preset nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 is not exposed as a family of its own</source>
        <translation>%1 wird nicht als eigene Familie bereitgestellt</translation>
    </message>
    <message>
        <source>needs two scrapes</source>
        <translation>braucht zwei Scrapes</translation>
    </message>
    <message>
        <source>the interval between the scrapes is not positive</source>
        <translation>das Intervall zwischen den Scrapes ist nicht positiv</translation>
    </message>
    <message>
        <source>not in the previous scrape</source>
        <translation>nicht im vorigen Scrape</translation>
    </message>
    <message>
        <source>no series in both scrapes</source>
        <translation>keine Serie in beiden Scrapes</translation>
    </message>
    <message>
        <source>no series with a value</source>
        <translation>keine Serie mit einem Wert</translation>
    </message>
    <message>
        <source>is a %1, not a histogram</source>
        <translation>ist ein %1, kein Histogramm</translation>
    </message>
    <message>
        <source>no observations in the interval</source>
        <translation>keine Beobachtungen im Intervall</translation>
    </message>
    <message>
        <source>no observations</source>
        <translation>keine Beobachtungen</translation>
    </message>
    <message>
        <source>nothing counted in the interval</source>
        <translation>nichts gezählt im Intervall</translation>
    </message>
    <message>
        <source>nothing counted</source>
        <translation>nichts gezählt</translation>
    </message>
</context>
<context>
    <name>phc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from the guide&apos;s &amp;example</source>
        <translation>Neu aus dem B&amp;eispiel des Leitfadens</translation>
    </message>
    <message>
        <source>&amp;New blank profile</source>
        <translation>&amp;Neues leeres Profil</translation>
    </message>
    <message>
        <source>&amp;Open profile...</source>
        <translation>Profil ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml);;All files (*)</source>
        <translation>Profile (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import chart values.yaml...</source>
        <translation>Chart-values.yaml &amp;importieren...</translation>
    </message>
    <message>
        <source>Import chart values</source>
        <translation>Chart-Values importieren</translation>
    </message>
    <message>
        <source>Helm values (*.yaml *.yml);;All files (*)</source>
        <translation>Helm-Values (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>About PostHog Admin Console</source>
        <translation>Über PostHog Admin Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;PostHog Admin Console&lt;/b&gt; %1&lt;br&gt;Deployment files and a live dashboard for self-hosted PostHog.&lt;br&gt;Syntax highlighting: %2.</source>
        <translation>&lt;b&gt;PostHog Admin Console&lt;/b&gt; %1&lt;br&gt;Deployment-Dateien und ein Live-Dashboard für selbst gehostetes PostHog.&lt;br&gt;Syntaxhervorhebung: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation>Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation>Das Profil „%1“ enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Zuerst speichern?</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>unnamed profile</source>
        <translation>unbenanntes Profil</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 weist Probleme auf:</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Wizard</source>
        <translation>&amp;Assistent</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard &amp;connection...</source>
        <translation>Dashboard-&amp;Verbindung...</translation>
    </message>
    <message>
        <source>Watch the d&amp;emo instance</source>
        <translation>D&amp;emo-Instanz beobachten</translation>
    </message>
    <message>
        <source>PostHog Admin Console</source>
        <translation>PostHog Admin Console</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>User guide (&amp;all sections)</source>
        <translation>Benutzerhandbuch (&amp;alle Abschnitte)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>phc::MapReader</name>
    <message>
        <source>expected a mapping, found %1</source>
        <translation>Zuordnung erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>keys must be plain strings</source>
        <translation>Schlüssel müssen einfache Strings sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>required key &apos;%1&apos; is missing</source>
        <translation>erforderlicher Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a single value, found %1</source>
        <translation>einzelner Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist nicht eines von: %2</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>; expected one of: %1</source>
        <translation>; erwartet eines von: %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a YAML document may be at most %2 bytes (4 MiB)</source>
        <translation>die Datei hat %1 Bytes; ein YAML-Dokument darf höchstens %2 Bytes (4 MiB) haben</translation>
    </message>
    <message>
        <source>the file is longer than %1 bytes (4 MiB), the most a YAML document may be</source>
        <translation>die Datei ist länger als %1 Bytes (4 MiB), das Maximum für ein YAML-Dokument</translation>
    </message>
    <message>
        <source>document is %1 bytes; the limit is %2 bytes (4 MiB)</source>
        <translation>das Dokument hat %1 Bytes; das Limit ist %2 Bytes (4 MiB)</translation>
    </message>
    <message>
        <source>not valid UTF-8: byte 0x%1 cannot stand here; save the file as UTF-8</source>
        <translation>kein gültiges UTF-8: Byte 0x%1 darf hier nicht stehen; die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>more than %1 of the characters &apos;,&apos;, &apos;[&apos; and &apos;{&apos; (flow lists and mappings); the limit keeps memory bounded</source>
        <translation>mehr als %1 der Zeichen „,“, „[“ und „{“ (Flow-Listen und -Zuordnungen); das Limit hält den Speicherbedarf begrenzt</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 values (keys, list items, scalars); the limit keeps memory bounded</source>
        <translation>mehr als %1 Werte (Schlüssel, Listeneinträge, Skalare); das Limit hält den Speicherbedarf begrenzt</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>YAML could not be read: %1</source>
        <translation>YAML konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>phc::MetricChartView</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Events ingested per second</source>
        <translation>Erfasste Events pro Sekunde</translation>
    </message>
    <message>
        <source>Processing queue</source>
        <translation>Verarbeitungswarteschlange</translation>
    </message>
    <message>
        <source>ClickHouse query p95</source>
        <translation>ClickHouse-Abfragen p95</translation>
    </message>
    <message>
        <source>API response p95</source>
        <translation>API-Antworten p95</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Events/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>warning limit crossed</source>
        <translation>Warngrenzwert überschritten</translation>
    </message>
    <message>
        <source>critical limit crossed</source>
        <translation>kritischer Grenzwert überschritten</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>phc::MetricPresets</name>
    <message>
        <source>&apos;%1&apos; is not a Prometheus duration such as 30s, 1m or 5m</source>
        <translation>„%1“ ist keine Prometheus-Dauer wie 30s, 1m oder 5m</translation>
    </message>
    <message>
        <source>a preset name is lower-case letters, digits and &apos;-&apos;</source>
        <translation>ein Preset-Name besteht aus Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>another preset is already named &apos;%1&apos;</source>
        <translation>ein anderes Preset heißt bereits „%1“</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>braucht mindestens eine Quelle</translation>
    </message>
    <message>
        <source>needs at least one preset</source>
        <translation>braucht mindestens ein Preset</translation>
    </message>
    <message>
        <source>expected a mapping of label names to values</source>
        <translation>Zuordnung von Label-Namen zu Werten erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label name</source>
        <translation>„%1“ ist kein Label-Name</translation>
    </message>
    <message>
        <source>expected a label value</source>
        <translation>Label-Wert erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus metric name</source>
        <translation>„%1“ ist kein Prometheus-Metrikname</translation>
    </message>
    <message>
        <source>only a &apos;mean&apos; source has a countMetric</source>
        <translation>nur eine „mean“-Quelle hat eine countMetric</translation>
    </message>
    <message>
        <source>a quantile lies between 0 and 1, exclusive</source>
        <translation>ein Quantil liegt zwischen 0 und 1, ausschließlich</translation>
    </message>
    <message>
        <source>only a &apos;quantile&apos; source has a quantile</source>
        <translation>nur eine „quantile“-Quelle hat ein quantile</translation>
    </message>
    <message>
        <source>scale must be greater than 0</source>
        <translation>scale muss größer als 0 sein</translation>
    </message>
    <message>
        <source>a threshold needs warn, critical or both</source>
        <translation>ein Schwellenwert braucht warn, critical oder beides</translation>
    </message>
    <message>
        <source>with below: true, critical must not be above warn</source>
        <translation>mit below: true darf critical nicht über warn liegen</translation>
    </message>
    <message>
        <source>critical must not be below warn</source>
        <translation>critical darf nicht unter warn liegen</translation>
    </message>
</context>
<context>
    <name>phc::MetricsSnapshot</name>
    <message>
        <source>family appears again with another type (%1, first %2 at line %3); its samples are skipped</source>
        <translation>die Familie erscheint erneut mit einem anderen Typ (%1, zuerst %2 in Zeile %3); ihre Samples werden übersprungen</translation>
    </message>
    <message>
        <source>family continues here after other families (first at line %1); merged</source>
        <translation>die Familie wird hier nach anderen Familien fortgesetzt (zuerst in Zeile %1); zusammengeführt</translation>
    </message>
    <message>
        <source>more than %1 families; the rest are dropped</source>
        <translation>mehr als %1 Familien; der Rest wird verworfen</translation>
    </message>
    <message>
        <source>more than %1 series; the rest are dropped</source>
        <translation>mehr als %1 Serien; der Rest wird verworfen</translation>
    </message>
</context>
<context>
    <name>phc::OperationsPage</name>
    <message>
        <source>Retention, backups, monitoring</source>
        <translation>Aufbewahrung, Backups, Monitoring</translation>
    </message>
    <message>
        <source>How long data is kept, where backups go, and how Prometheus finds PostHog.</source>
        <translation>Wie lange Daten aufbewahrt werden, wohin Backups gehen und wie Prometheus PostHog findet.</translation>
    </message>
</context>
<context>
    <name>phc::Origin</name>
    <message>
        <source>no connection origin is configured for the API key</source>
        <translation>für den API-Schlüssel ist kein Verbindungs-Origin konfiguriert</translation>
    </message>
    <message>
        <source>the address is not a valid http or https URL</source>
        <translation>die Adresse ist keine gültige http- oder https-URL</translation>
    </message>
    <message>
        <source>the API key is only sent to %1, not to %2</source>
        <translation>der API-Schlüssel wird nur an %1 gesendet, nicht an %2</translation>
    </message>
    <message>
        <source>the API key is never sent over plain http to a host other than this computer (%1); use https</source>
        <translation>der API-Schlüssel wird nie über unverschlüsseltes http an einen anderen Host als diesen Rechner (%1) gesendet; https verwenden</translation>
    </message>
    <message>
        <source>the API key is only sent over https</source>
        <translation>der API-Schlüssel wird nur über https gesendet</translation>
    </message>
</context>
<context>
    <name>phc::ProbesPanel</name>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency over the session</source>
        <translation>Latenz während der Sitzung</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>Zustands-Probes</translation>
    </message>
    <message>
        <source>up</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %n check(s)</source>
        <translation>
            <numerusform>%1 % von %n Prüfung</numerusform>
            <numerusform>%1 % von %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
</context>
<context>
    <name>phc::ProfileEditor</name>
    <message>
        <source>the file could not be edited in place so that it reads back as the profile; nothing was written</source>
        <translation>die Datei konnte nicht so an Ort und Stelle bearbeitet werden, dass sie wieder als das Profil gelesen wird; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>phc::ProfileIO</name>
    <message>
        <source>the profile is empty</source>
        <translation>das Profil ist leer</translation>
    </message>
    <message>
        <source>unsupported apiVersion &apos;%1&apos;; this version reads &apos;%2&apos;</source>
        <translation>nicht unterstützte apiVersion „%1“; diese Version liest „%2“</translation>
    </message>
    <message>
        <source>kind must be &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>kind muss „%1“ sein, gefunden wurde „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist nicht eines von: %2</translation>
    </message>
    <message>
        <source>expected a map of label names to values</source>
        <translation>Zuordnung von Label-Namen zu Werten erwartet</translation>
    </message>
    <message>
        <source>each label needs a name and a text value</source>
        <translation>jedes Label braucht einen Namen und einen Textwert</translation>
    </message>
</context>
<context>
    <name>phc::ProfileValidator</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS-1123 label (lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most %2 characters)</source>
        <translation>„%1“ ist kein DNS-1123-Label (Kleinbuchstaben, Ziffern und „-“, beginnend und endend mit Buchstabe oder Ziffer, höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>is required: name of a Kubernetes Secret</source>
        <translation>ist erforderlich: Name eines Kubernetes-Secrets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Kubernetes object name</source>
        <translation>„%1“ ist kein gültiger Kubernetes-Objektname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Secret key (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>„%1“ ist kein gültiger Secret-Schlüssel (Buchstaben, Ziffern, „-“, „_“, „.“)</translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1-65535)</source>
        <translation>%1 ist kein TCP-Port (1–65535)</translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2–%3)</translation>
    </message>
    <message>
        <source>is required when mode is external</source>
        <translation>ist erforderlich, wenn mode external ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>applies only with mode: external; the chart refuses a bundled service together with an external one</source>
        <translation>gilt nur mit mode: external; das Chart lehnt einen mitgelieferten Dienst zusammen mit einem externen ab</translation>
    </message>
    <message>
        <source>needs at least one of: %1</source>
        <translation>braucht mindestens eines von: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chart version such as 30.46.0</source>
        <translation>„%1“ ist keine Chart-Version wie 30.46.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag</source>
        <translation>„%1“ ist kein gültiges Image-Tag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid storage class name</source>
        <translation>„%1“ ist kein gültiger Name einer Storage-Class</translation>
    </message>
    <message>
        <source>is required: the public host name of PostHog</source>
        <translation>ist erforderlich: der öffentliche Hostname von PostHog</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fully qualified host name (RFC 1123)</source>
        <translation>„%1“ ist kein vollqualifizierter Hostname (RFC 1123)</translation>
    </message>
    <message>
        <source>needs behindProxy: true</source>
        <translation>braucht behindProxy: true</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin (scheme://host[:port], no path)</source>
        <translation>„%1“ ist kein Origin (scheme://host[:port], ohne Pfad)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>is PostHog&apos;s own namespace, which the policy already allows</source>
        <translation>ist der eigene Namespace von PostHog, den die Policy bereits zulässt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL database name</source>
        <translation>„%1“ ist kein PostgreSQL-Datenbankname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL user name</source>
        <translation>„%1“ ist kein PostgreSQL-Benutzername</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes quantity such as 200Gi</source>
        <translation>„%1“ ist keine Kubernetes-Menge wie 200Gi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes quantity</source>
        <translation>„%1“ ist keine Kubernetes-Menge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket name</source>
        <translation>„%1“ ist kein gültiger Bucket-Name</translation>
    </message>
    <message>
        <source>%1 is below minReplicas (%2)</source>
        <translation>%1 liegt unter minReplicas (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus duration such as 30s or 1m</source>
        <translation>„%1“ ist keine Prometheus-Dauer wie 30s oder 1m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an s3:// or gs:// bucket URL</source>
        <translation>„%1“ ist keine s3://- oder gs://-Bucket-URL</translation>
    </message>
    <message>
        <source>not given: PostHog %1 starts only with %2 %3 (%4); give the server&apos;s version to have it checked</source>
        <translation>nicht angegeben: PostHog %1 startet nur mit %2 %3 (%4); die Version des Servers angeben, damit sie geprüft wird</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 14.1</source>
        <translation>„%1“ ist keine Version wie 14.1</translation>
    </message>
    <message>
        <source>%1 %2 is outside what PostHog %3 accepts (%4, %5): it exits at start</source>
        <translation>%1 %2 liegt außerhalb dessen, was PostHog %3 akzeptiert (%4, %5): es beendet sich beim Start</translation>
    </message>
    <message>
        <source>has no effect while trustAllProxies is true</source>
        <translation>hat keine Wirkung, solange trustAllProxies true ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a network: PostHog compares the proxy&apos;s address exactly, so list each proxy&apos;s own address</source>
        <translation>„%1“ ist ein Netz: PostHog vergleicht die Adresse des Proxys exakt, daher die eigene Adresse jedes Proxys aufführen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>the service versions PostHog &apos;%1&apos; accepts are not known to this program: the versions of external services are not checked</source>
        <translation>die Dienstversionen, die PostHog „%1“ akzeptiert, sind diesem Programm nicht bekannt: die Versionen externer Dienste werden nicht geprüft</translation>
    </message>
    <message>
        <source>applies only with mode: external; the bundled server&apos;s version comes with the generated files</source>
        <translation>gilt nur mit mode: external; die Version des mitgelieferten Servers kommt mit den erzeugten Dateien</translation>
    </message>
    <message>
        <source>applies only with mode: external</source>
        <translation>gilt nur mit mode: external</translation>
    </message>
    <message>
        <source>must be external when clickhouse.mode is external: PostHog&apos;s tables in ClickHouse read the events from Kafka themselves, and the bundled Kafka is reachable only inside the cluster or stack; give brokers that PostHog and ClickHouse both reach</source>
        <translation>muss external sein, wenn clickhouse.mode external ist: die Tabellen von PostHog in ClickHouse lesen die Ereignisse selbst aus Kafka, und das mitgelieferte Kafka ist nur innerhalb des Clusters oder Stacks erreichbar; Broker angeben, die PostHog und ClickHouse beide erreichen</translation>
    </message>
    <message>
        <source>is required when mode is external: host:port of each broker</source>
        <translation>ist erforderlich, wenn mode external ist: host:port jedes Brokers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port</source>
        <translation>„%1“ ist nicht host:port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes label name such as release or example.com/team</source>
        <translation>„%1“ ist kein Kubernetes-Label-Name wie release oder example.com/team</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes label value (up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>„%1“ ist kein Kubernetes-Label-Wert (bis zu 63 Buchstaben, Ziffern, „-“, „_“ oder „.“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network such as 10.96.0.0/12 or fd00:10:96::/112</source>
        <translation>&apos;%1&apos; ist kein Netz wie 10.96.0.0/12 oder fd00:10:96::/112</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length from 1 to %2 after the &apos;/&apos;</source>
        <translation>&apos;%1&apos; hat nach dem &apos;/&apos; keine Präfixlänge von 1 bis %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is every address: the cluster&apos;s own ranges are smaller networks</source>
        <translation>&apos;%1&apos; umfasst jede Adresse: die eigenen Bereiche des Clusters sind kleinere Netze</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has bits set past its prefix: the network is %2/%3</source>
        <translation>&apos;%1&apos; hat Bits hinter dem Präfix gesetzt: das Netz ist %2/%3</translation>
    </message>
    <message>
        <source>not given: the NetworkPolicy lets PostHog&apos;s pods reach the external services&apos; ports at any address, the pods of every other namespace included; list the cluster&apos;s pod and Service CIDRs to keep those out</source>
        <translation>nicht angegeben: die NetworkPolicy lässt PostHogs Pods die Ports der externen Dienste unter jeder Adresse erreichen, auch die Pods aller anderen Namespaces; geben Sie die Pod- und Service-CIDRs des Clusters an, um diese auszuschließen</translation>
    </message>
    <message>
        <source>%1 is inside %2 (%3/%4), the cluster&apos;s own range, which the NetworkPolicy does not let PostHog reach: give the service&apos;s address outside the cluster</source>
        <translation>%1 liegt in %2 (%3/%4), dem eigenen Bereich des Clusters, den PostHog laut NetworkPolicy nicht erreichen darf: geben Sie die Adresse des Dienstes außerhalb des Clusters an</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, and spec.cluster.podAndServiceCidrs lists IPv4 ranges only: the NetworkPolicy opens IPv6 only where it names the cluster&apos;s IPv6 ranges too</source>
        <translation>%1 ist eine IPv6-Adresse, und spec.cluster.podAndServiceCidrs nennt nur IPv4-Bereiche: die NetworkPolicy öffnet IPv6 nur, wenn sie auch die IPv6-Bereiche des Clusters nennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the bundled ClickHouse backs up to s3:// only; use an s3:// bucket, or an external ClickHouse whose backups you run yourself</source>
        <translation>&apos;%1&apos;: das mitgelieferte ClickHouse sichert nur nach s3://; verwenden Sie einen s3://-Bucket oder ein externes ClickHouse, dessen Sicherungen Sie selbst betreiben</translation>
    </message>
</context>
<context>
    <name>phc::PromApiReader</name>
    <message>
        <source>must be &quot;success&quot; or &quot;error&quot;</source>
        <translation>muss „success“ oder „error“ sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>unbekannter Ergebnistyp „%1“</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a [timestamp, &quot;string&quot;] pair</source>
        <translation>muss ein Paar [timestamp, &quot;string&quot;] sein</translation>
    </message>
    <message>
        <source>%1 more problems not listed</source>
        <translation>%1 weitere Probleme nicht aufgeführt</translation>
    </message>
    <message>
        <source>must be a [timestamp, &quot;value&quot;] pair</source>
        <translation>muss ein Paar [timestamp, &quot;value&quot;] sein</translation>
    </message>
    <message>
        <source>must be a finite timestamp in seconds</source>
        <translation>muss ein endlicher Zeitstempel in Sekunden sein</translation>
    </message>
    <message>
        <source>must be the sample value as a string</source>
        <translation>muss der Sample-Wert als String sein</translation>
    </message>
    <message>
        <source>is not a number: &quot;%1&quot;</source>
        <translation>ist keine Zahl: „%1“</translation>
    </message>
    <message>
        <source>must be an object of label names to values</source>
        <translation>muss ein Objekt von Label-Namen zu Werten sein</translation>
    </message>
    <message>
        <source>label values must be strings with a non-empty name</source>
        <translation>Label-Werte müssen Strings mit einem nicht leeren Namen sein</translation>
    </message>
    <message>
        <source>native histogram sample skipped</source>
        <translation>Sample eines nativen Histogramms übersprungen</translation>
    </message>
    <message>
        <source>native histogram samples skipped</source>
        <translation>Samples nativer Histogramme übersprungen</translation>
    </message>
    <message>
        <source>must be an array of [timestamp, &quot;value&quot;] pairs</source>
        <translation>muss ein Array von Paaren [timestamp, &quot;value&quot;] sein</translation>
    </message>
</context>
<context>
    <name>phc::PromTextParser</name>
    <message>
        <source>line is longer than %1 bytes; skipped</source>
        <translation>Zeile ist länger als %1 Bytes; übersprungen</translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos;; skipped</source>
        <translation>Text nach „# EOF“; übersprungen</translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos; on the same line</source>
        <translation>Text nach „# EOF“ in derselben Zeile</translation>
    </message>
    <message>
        <source>expected a metric name after %1</source>
        <translation>Metrikname nach %1 erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the %1 line&apos;s value</source>
        <translation>unerwarteter Text nach dem Wert der %1-Zeile</translation>
    </message>
    <message>
        <source>unknown metric type &apos;%1&apos;</source>
        <translation>unbekannter Metriktyp „%1“</translation>
    </message>
    <message>
        <source>%1 line after the family&apos;s samples; ignored</source>
        <translation>%1-Zeile nach den Samples der Familie; ignoriert</translation>
    </message>
    <message>
        <source>second %1 line for this family; skipped</source>
        <translation>zweite %1-Zeile für diese Familie; übersprungen</translation>
    </message>
    <message>
        <source>the metric name should end with its unit &apos;%1&apos;</source>
        <translation>der Metrikname sollte auf seine Einheit „%1“ enden</translation>
    </message>
    <message>
        <source>labels are not closed with &apos;}&apos;</source>
        <translation>Labels sind nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation>Label-Name erwartet</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name</source>
        <translation>„=“ nach dem Label-Namen erwartet</translation>
    </message>
    <message>
        <source>a label value must be in double quotes</source>
        <translation>ein Label-Wert muss in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>label value is not terminated</source>
        <translation>Label-Wert ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>more labels than the limit of %1</source>
        <translation>mehr Labels als das Limit von %1</translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation>doppelter Label-Name</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation>„,“ oder „}“ nach einem Label-Wert erwartet</translation>
    </message>
    <message>
        <source>expected a metric name or &apos;#&apos;</source>
        <translation>Metrikname oder „#“ erwartet</translation>
    </message>
    <message>
        <source>expected a blank and a value</source>
        <translation>Leerzeichen und ein Wert erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp in seconds</source>
        <translation>„%1“ ist kein Zeitstempel in Sekunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp in whole milliseconds</source>
        <translation>„%1“ ist kein Zeitstempel in ganzen Millisekunden</translation>
    </message>
    <message>
        <source>an exemplar is &apos;# {labels} value [timestamp]&apos;</source>
        <translation>ein Exemplar ist „# {labels} value [timestamp]“</translation>
    </message>
    <message>
        <source>exemplar needs a numeric value</source>
        <translation>ein Exemplar braucht einen numerischen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an exemplar timestamp</source>
        <translation>„%1“ ist kein Zeitstempel eines Exemplars</translation>
    </message>
    <message>
        <source>unexpected text after the sample</source>
        <translation>unerwarteter Text nach dem Sample</translation>
    </message>
    <message>
        <source>a histogram&apos;s samples are named %1_bucket, _sum and _count</source>
        <translation>die Samples eines Histogramms heißen %1_bucket, _sum und _count</translation>
    </message>
    <message>
        <source>a bucket needs a numeric &apos;le&apos; label</source>
        <translation>ein Bucket braucht ein numerisches Label „le“</translation>
    </message>
    <message>
        <source>a summary sample needs a numeric &apos;quantile&apos; label</source>
        <translation>ein Summary-Sample braucht ein numerisches Label „quantile“</translation>
    </message>
    <message>
        <source>no &apos;# EOF&apos; line: the payload may be cut short, and OpenMetrics ends with one</source>
        <translation>keine Zeile „# EOF“: die Daten sind vielleicht abgeschnitten, und OpenMetrics endet mit einer</translation>
    </message>
    <message>
        <source>text after &apos;# EOF&apos;</source>
        <translation>Text nach „# EOF“</translation>
    </message>
    <message>
        <source>OpenMetrics has no blank lines</source>
        <translation>OpenMetrics hat keine Leerzeilen</translation>
    </message>
    <message>
        <source>OpenMetrics lines end with \n, not \r\n</source>
        <translation>OpenMetrics-Zeilen enden mit \n, nicht \r\n</translation>
    </message>
    <message>
        <source>OpenMetrics: %1 line after the family&apos;s samples; ignored</source>
        <translation>OpenMetrics: %1-Zeile nach den Werten der Familie; ignoriert</translation>
    </message>
    <message>
        <source>OpenMetrics: an info or stateset family has no unit</source>
        <translation>OpenMetrics: eine info- oder stateset-Familie hat keine Einheit</translation>
    </message>
    <message>
        <source>OpenMetrics calls the type &apos;unknown&apos;, not &apos;untyped&apos;</source>
        <translation>OpenMetrics nennt den Typ „unknown“, nicht „untyped“</translation>
    </message>
    <message>
        <source>OpenMetrics: the metric name must end with &apos;_&apos; and its unit &apos;%1&apos;</source>
        <translation>OpenMetrics: der Metrikname muss mit „_“ und seiner Einheit „%1“ enden</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is out of range; ignored</source>
        <translation>Zeitstempel „%1“ liegt außerhalb des Bereichs; ignoriert</translation>
    </message>
    <message>
        <source>OpenMetrics: a label name must follow &apos;{&apos; or &apos;,&apos; directly</source>
        <translation>OpenMetrics: ein Label-Name muss direkt auf „{“ oder „,“ folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;=&apos; must follow the label name directly</source>
        <translation>OpenMetrics: „=“ muss direkt auf den Label-Namen folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;&quot;&apos; must follow &apos;=&apos; directly</source>
        <translation>OpenMetrics: „&quot;“ muss direkt auf „=“ folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: &apos;,&apos; or &apos;}&apos; must follow a label value directly</source>
        <translation>OpenMetrics: „,“ oder „}“ muss direkt auf einen Label-Wert folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: only &apos;# HELP&apos;, &apos;# TYPE&apos;, &apos;# UNIT&apos; and &apos;# EOF&apos; lines may start with &apos;#&apos;</source>
        <translation>OpenMetrics: nur Zeilen „# HELP“, „# TYPE“, „# UNIT“ und „# EOF“ dürfen mit „#“ beginnen</translation>
    </message>
    <message>
        <source>OpenMetrics: a metric name and one space must follow the keyword</source>
        <translation>OpenMetrics: auf das Schlüsselwort müssen ein Metrikname und ein Leerzeichen folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: the type must be counter, gauge, histogram, gaugehistogram, stateset, info, summary or unknown</source>
        <translation>OpenMetrics: der Typ muss counter, gauge, histogram, gaugehistogram, stateset, info, summary oder unknown sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a unit has only the characters of a metric name</source>
        <translation>OpenMetrics: eine Einheit hat nur die Zeichen eines Metriknamens</translation>
    </message>
    <message>
        <source>OpenMetrics: a double quote in HELP text must be escaped as \&quot;</source>
        <translation>OpenMetrics: ein doppeltes Anführungszeichen im HELP-Text muss als \&quot; geschrieben werden</translation>
    </message>
    <message>
        <source>OpenMetrics: HELP text ends with a lone backslash</source>
        <translation>OpenMetrics: HELP-Text endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>OpenMetrics: one space must come before the value</source>
        <translation>OpenMetrics: vor dem Wert muss genau ein Leerzeichen stehen</translation>
    </message>
    <message>
        <source>OpenMetrics: the value is not a number as the ABNF writes one</source>
        <translation>OpenMetrics: der Wert ist keine Zahl, wie die ABNF sie schreibt</translation>
    </message>
    <message>
        <source>OpenMetrics: a timestamp is a real number (no NaN, Inf or blanks)</source>
        <translation>OpenMetrics: ein Zeitstempel ist eine reelle Zahl (kein NaN, Inf oder Leerraum)</translation>
    </message>
    <message>
        <source>OpenMetrics: only one space and an exemplar &apos;# {labels} value&apos; may follow</source>
        <translation>OpenMetrics: folgen dürfen nur ein Leerzeichen und ein Exemplar „# {labels} value“</translation>
    </message>
    <message>
        <source>OpenMetrics: one space must come before the exemplar&apos;s value</source>
        <translation>OpenMetrics: vor dem Wert des Exemplars muss genau ein Leerzeichen stehen</translation>
    </message>
    <message>
        <source>OpenMetrics: the exemplar&apos;s value is not a number</source>
        <translation>OpenMetrics: der Wert des Exemplars ist keine Zahl</translation>
    </message>
    <message>
        <source>OpenMetrics: the exemplar&apos;s timestamp is a real number (no NaN, Inf or blanks)</source>
        <translation>OpenMetrics: der Zeitstempel des Exemplars ist eine reelle Zahl (kein NaN, Inf oder Leerraum)</translation>
    </message>
    <message>
        <source>OpenMetrics: nothing may follow the exemplar</source>
        <translation>OpenMetrics: nach dem Exemplar darf nichts folgen</translation>
    </message>
    <message>
        <source>OpenMetrics: not valid UTF-8</source>
        <translation>OpenMetrics: kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>OpenMetrics: a line starts with a metric name or &apos;#&apos;</source>
        <translation>OpenMetrics: eine Zeile beginnt mit einem Metriknamen oder „#“</translation>
    </message>
    <message>
        <source>OpenMetrics: a counter&apos;s samples are named %1_total or _created</source>
        <translation>OpenMetrics: die Werte eines Counters heißen %1_total oder _created</translation>
    </message>
    <message>
        <source>OpenMetrics: an info family&apos;s samples are named %1_info</source>
        <translation>OpenMetrics: die Werte einer info-Familie heißen %1_info</translation>
    </message>
    <message>
        <source>OpenMetrics: a stateset sample needs the label &apos;%1&apos;</source>
        <translation>OpenMetrics: ein stateset-Wert braucht das Label „%1“</translation>
    </message>
    <message>
        <source>OpenMetrics: positive infinity is written &apos;+Inf&apos;, not &apos;%1&apos;</source>
        <translation>OpenMetrics: positiv unendlich wird „+Inf“ geschrieben, nicht „%1“</translation>
    </message>
    <message>
        <source>OpenMetrics: a bucket or count value must be a whole number</source>
        <translation>OpenMetrics: ein Bucket- oder Count-Wert muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a quantile must be between 0 and 1, not &apos;%1&apos;</source>
        <translation>OpenMetrics: ein Quantil muss zwischen 0 und 1 liegen, nicht „%1“</translation>
    </message>
    <message>
        <source>OpenMetrics: the family&apos;s samples with these labels came earlier; metrics must not be interleaved</source>
        <translation>OpenMetrics: die Werte der Familie mit diesen Labels kamen schon früher; Metriken dürfen nicht verschachtelt sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a metric&apos;s samples must all have a timestamp or none</source>
        <translation>OpenMetrics: die Werte einer Metrik müssen alle einen Zeitstempel haben oder keiner</translation>
    </message>
    <message>
        <source>OpenMetrics: the timestamp goes backwards</source>
        <translation>OpenMetrics: der Zeitstempel geht rückwärts</translation>
    </message>
    <message>
        <source>OpenMetrics: a stateset&apos;s values are 0 or 1</source>
        <translation>OpenMetrics: die Werte eines stateset sind 0 oder 1</translation>
    </message>
    <message>
        <source>OpenMetrics: an info sample&apos;s value is 1</source>
        <translation>OpenMetrics: der Wert eines info-Werts ist 1</translation>
    </message>
    <message>
        <source>OpenMetrics: a quantile&apos;s value cannot be negative</source>
        <translation>OpenMetrics: der Wert eines Quantils kann nicht negativ sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a counter, sum, count or bucket cannot be NaN</source>
        <translation>OpenMetrics: ein Counter, Sum, Count oder Bucket kann nicht NaN sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a counter, sum, count or bucket cannot be negative</source>
        <translation>OpenMetrics: ein Counter, Sum, Count oder Bucket kann nicht negativ sein</translation>
    </message>
    <message>
        <source>OpenMetrics: only counters&apos; _total and histograms&apos; buckets have exemplars</source>
        <translation>OpenMetrics: nur _total von Countern und Buckets von Histogrammen haben Exemplare</translation>
    </message>
    <message>
        <source>OpenMetrics: an exemplar&apos;s labels are longer than 128 characters</source>
        <translation>OpenMetrics: die Labels eines Exemplars sind länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>OpenMetrics: buckets must be in increasing order of &apos;le&apos;</source>
        <translation>OpenMetrics: Buckets müssen nach „le“ aufsteigend geordnet sein</translation>
    </message>
    <message>
        <source>OpenMetrics: bucket values must be cumulative</source>
        <translation>OpenMetrics: Bucket-Werte müssen kumulativ sein</translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram needs a bucket with le=&quot;+Inf&quot;</source>
        <translation>OpenMetrics: ein Histogramm braucht einen Bucket mit le=&quot;+Inf&quot;</translation>
    </message>
    <message>
        <source>OpenMetrics: the count differs from the +Inf bucket</source>
        <translation>OpenMetrics: der Count weicht vom +Inf-Bucket ab</translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with a sum needs its count</source>
        <translation>OpenMetrics: ein Histogramm mit Sum braucht seinen Count</translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with a count needs its sum</source>
        <translation>OpenMetrics: ein Histogramm mit Count braucht seine Sum</translation>
    </message>
    <message>
        <source>OpenMetrics: a histogram with negative buckets has no _sum</source>
        <translation>OpenMetrics: ein Histogramm mit negativen Buckets hat keine _sum</translation>
    </message>
    <message>
        <source>OpenMetrics: a negative _gsum needs negative buckets</source>
        <translation>OpenMetrics: eine negative _gsum braucht negative Buckets</translation>
    </message>
    <message>
        <source>OpenMetrics: the name %1 is used by another family (families must not be interleaved)</source>
        <translation>OpenMetrics: der Name %1 gehört einer anderen Familie (Familien dürfen nicht verschachtelt sein)</translation>
    </message>
</context>
<context>
    <name>phc::PrometheusApiClient</name>
    <message>
        <source>Prometheus: %1 (%2)</source>
        <translation>Prometheus: %1 (%2)</translation>
    </message>
    <message>
        <source>unreadable Prometheus answer: %1%2</source>
        <translation>unlesbare Antwort von Prometheus: %1%2</translation>
    </message>
</context>
<context>
    <name>phc::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Every file as it will be written; changes as you edit any step.</source>
        <translation>Jede Datei so, wie sie geschrieben wird; ändert sich mit jeder Bearbeitung eines Schritts.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>Start a profile first.</source>
        <translation>Legen Sie zuerst ein Profil an.</translation>
    </message>
    <message>
        <source>Fix the problems listed above before exporting.</source>
        <translation>Beheben Sie vor dem Export die oben aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>The files are being generated...</source>
        <translation>Die Dateien werden erzeugt...</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Activate to go to the field</source>
        <translation>Aktivieren, um zum Feld zu springen</translation>
    </message>
    <message>
        <source>No problems: the files below are what Export writes.</source>
        <translation>Keine Probleme: Der Export schreibt die unten angezeigten Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); activate one to go to its field:</source>
        <translation>
            <numerusform>%n Problem; aktivieren Sie es, um zum Feld zu springen:</numerusform>
            <numerusform>%n Probleme; aktivieren Sie eines, um zu seinem Feld zu springen:</numerusform>
        </translation>
    </message>
    <message>
        <source>the files</source>
        <translation>die Dateien</translation>
    </message>
    <message>
        <source>changes against %1</source>
        <translation>Änderungen gegenüber %1</translation>
    </message>
    <message>
        <source>(only helm/values.yaml is compared with the imported values)
</source>
        <translation>(nur helm/values.yaml wird mit den importierten Values verglichen)
</translation>
    </message>
    <message>
        <source>(new file: not in the export folder)
</source>
        <translation>(neue Datei: nicht im Exportordner)
</translation>
    </message>
    <message>
        <source>(no changes)
</source>
        <translation>(keine Änderungen)
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed line(s) in %1 compared file(s)</source>
        <translation>
            <numerusform>%n geänderte Zeile in %1 verglichenen Datei(en)</numerusform>
            <numerusform>%n geänderte Zeilen in %1 verglichenen Datei(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems above to see the files.</source>
        <translation>Beheben Sie die Probleme oben, um die Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Upgrade check</source>
        <translation>Upgrade-Prüfung</translation>
    </message>
    <message>
        <source>The watched instance runs PostHog %1; this profile deploys %2 (spec.cluster.imageTag).</source>
        <translation>Die beobachtete Instanz läuft mit PostHog %1; dieses Profil installiert %2 (spec.cluster.imageTag).</translation>
    </message>
    <message>
        <source>The upgrade check needs the instance&apos;s async migrations, which could not be read: %1</source>
        <translation>Die Upgrade-Prüfung braucht die asynchronen Migrationen der Instanz, die nicht gelesen werden konnten: %1</translation>
    </message>
    <message>
        <source>Go: nothing blocks the upgrade from %1 to %2.</source>
        <translation>Go: nichts blockiert das Upgrade von %1 auf %2.</translation>
    </message>
    <message>
        <source>Blocked: the upgrade from %1 to %2 needs these first.</source>
        <translation>Blockiert: das Upgrade von %1 auf %2 braucht zuerst Folgendes.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
</context>
<context>
    <name>phc::ScrapeParser</name>
    <message numerus="yes">
        <source>not a Prometheus text payload: %n malformed line(s)</source>
        <translation>
            <numerusform>keine Prometheus-Textnutzdaten: %n fehlerhafte Zeile</numerusform>
            <numerusform>keine Prometheus-Textnutzdaten: %n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer holds no metrics</source>
        <translation>die Antwort enthält keine Metriken</translation>
    </message>
    <message>
        <source>no key metric of any preset is exposed here</source>
        <translation>hier wird keine Schlüsselmetrik irgendeines Presets bereitgestellt</translation>
    </message>
    <message>
        <source>no preset named &apos;%1&apos;</source>
        <translation>kein Preset namens „%1“</translation>
    </message>
</context>
<context>
    <name>phc::SecretStore</name>
    <message>
        <source>no keychain is available: %1</source>
        <translation>kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>desktop keychain (Secret Service)</source>
        <translation>Schlüsselbund des Desktops (Secret Service)</translation>
    </message>
</context>
<context>
    <name>phc::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>SECRET_KEY and passwords, kept in the desktop keychain.</source>
        <translation>SECRET_KEY und Passwörter, aufbewahrt im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secrets of the deployment</source>
        <translation>Secrets des Deployments</translation>
    </message>
    <message>
        <source>Value of the selected secret</source>
        <translation>Wert des ausgewählten Secrets</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>No keychain is in use: secrets live in memory for this session only and are lost when the program ends. Nothing is written to disk.</source>
        <translation>Kein Schlüsselbund in Verwendung: Secrets liegen nur für diese Sitzung im Arbeitsspeicher und gehen beim Beenden des Programms verloren. Es wird nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Schlüsselbund wird geprüft...</translation>
    </message>
    <message>
        <source>Stored in: %1, service &quot;%2&quot;.</source>
        <translation>Gespeichert in: %1, Dienst „%2“.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Secrets live in memory for this session only and are lost when the program ends; nothing is written to a plain-text file. Export them to secrets.env (mode 0600) if you need them later.</source>
        <translation>Kein Schlüsselbund erreichbar (%1). Secrets liegen nur für diese Sitzung im Arbeitsspeicher und gehen beim Beenden des Programms verloren; es wird nichts in eine Klartextdatei geschrieben. Exportieren Sie sie nach secrets.env (Modus 0600), wenn Sie sie später benötigen.</translation>
    </message>
    <message>
        <source>Stored in: %1.</source>
        <translation>Gespeichert in: %1.</translation>
    </message>
    <message>
        <source>reading...</source>
        <translation>wird gelesen...</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>you supply</source>
        <translation>von Ihnen anzugeben</translation>
    </message>
    <message>
        <source>saving...</source>
        <translation>wird gespeichert...</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>phc::ServiceRequirements</name>
    <message>
        <source>&apos;%1&apos; is not a version like 22.8.11.15</source>
        <translation>„%1“ ist keine Version wie 22.8.11.15</translation>
    </message>
    <message>
        <source>%1 is outside the row&apos;s own ClickHouse gate (%2)</source>
        <translation>%1 liegt außerhalb der eigenen ClickHouse-Grenze der Zeile (%2)</translation>
    </message>
    <message>
        <source>release %1 is already covered by the row for &apos;%2&apos;</source>
        <translation>Release %1 ist bereits durch die Zeile für „%2“ abgedeckt</translation>
    </message>
</context>
<context>
    <name>phc::SizingModel</name>
    <message>
        <source>only USD is supported</source>
        <translation>nur USD wird unterstützt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>bands are declared by their lower bound now: replace &apos;maxMonthlyEvents: %1&apos; with &apos;fromMonthlyEvents: %2&apos; and give the next row &apos;fromMonthlyEvents: %3&apos;</source>
        <translation>Bänder werden jetzt über ihre Untergrenze angegeben: „maxMonthlyEvents: %1“ durch „fromMonthlyEvents: %2“ ersetzen und der nächsten Zeile „fromMonthlyEvents: %3“ geben</translation>
    </message>
    <message>
        <source>bands are declared by their lower bound now: write &apos;fromMonthlyEvents: %1&apos; in this row</source>
        <translation>Bänder werden jetzt über ihre Untergrenze angegeben: in diese Zeile „fromMonthlyEvents: %1“ schreiben</translation>
    </message>
    <message>
        <source>the first row must start at 0, not %1</source>
        <translation>die erste Zeile muss bei 0 beginnen, nicht bei %1</translation>
    </message>
    <message>
        <source>%1 must be greater than the previous row&apos;s %2</source>
        <translation>%1 muss größer sein als %2 der vorigen Zeile</translation>
    </message>
    <message>
        <source>needs at least one row</source>
        <translation>braucht mindestens eine Zeile</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <source>the last row must not have maxMonthlyEvents</source>
        <translation>die letzte Zeile darf kein maxMonthlyEvents haben</translation>
    </message>
    <message>
        <source>row %1 needs maxMonthlyEvents</source>
        <translation>Zeile %1 braucht maxMonthlyEvents</translation>
    </message>
    <message>
        <source>maxMonthlyEvents must not be negative</source>
        <translation>maxMonthlyEvents darf nicht negativ sein</translation>
    </message>
    <message>
        <source>maxMonthlyEvents must increase from row to row</source>
        <translation>maxMonthlyEvents muss von Zeile zu Zeile steigen</translation>
    </message>
    <message>
        <source>a cost must not be negative</source>
        <translation>Kosten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <source>at least %1 a month (the sizing table ends at %2+ events a month)</source>
        <translation>mindestens %1 im Monat (die Sizing-Tabelle endet bei %2+ Ereignissen im Monat)</translation>
    </message>
    <message>
        <source>about %1 a month (an estimate beyond the sizing table&apos;s %2+ events a month)</source>
        <translation>etwa %1 im Monat (eine Schätzung jenseits der %2+ Ereignisse im Monat der Sizing-Tabelle)</translation>
    </message>
    <message>
        <source>Monthly events:   %1
</source>
        <translation>Ereignisse/Monat: %1
</translation>
    </message>
    <message>
        <source>Resource tier:    %1 [%2] (%3 vCPUs, %4 GB RAM%5)
</source>
        <translation>Ressourcenstufe:  %1 [%2] (%3 vCPUs, %4 GB RAM%5)
</translation>
    </message>
    <message>
        <source>, %1 GB SSD</source>
        <translation>, %1 GB SSD</translation>
    </message>
    <message>
        <source>Scaling row:      %1 [%2]
</source>
        <translation>Skalierungszeile: %1 [%2]
</translation>
    </message>
    <message>
        <source>Web replicas:     %1
</source>
        <translation>Web-Replicas:     %1
</translation>
    </message>
    <message>
        <source>Worker replicas:  %1
</source>
        <translation>Worker-Replicas:  %1
</translation>
    </message>
    <message>
        <source>ClickHouse:       %1
</source>
        <translation>ClickHouse:       %1
</translation>
    </message>
    <message>
        <source>cluster (at least %1 nodes)</source>
        <translation>Cluster (mindestens %1 Knoten)</translation>
    </message>
    <message>
        <source>Cost size:        %1 [%2]
</source>
        <translation>Kostengröße:      %1 [%2]
</translation>
    </message>
    <message>
        <source>Monthly cost:     ~$%1/mo
</source>
        <translation>Monatskosten:     ~$%1/Monat
</translation>
    </message>
    <message>
        <source>Monthly cost:     %1
</source>
        <translation>Monatskosten:     %1
</translation>
    </message>
    <message>
        <source>Events replicas:  %1
</source>
        <translation>Events-Replicas:  %1
</translation>
    </message>
    <message>
        <source>Plugins replicas: %1
</source>
        <translation>Plugins-Replicas: %1
</translation>
    </message>
</context>
<context>
    <name>phc::SizingPage</name>
    <message>
        <source>Sizing and cost</source>
        <translation>Dimensionierung und Kosten</translation>
    </message>
    <message>
        <source>Expected volume; the guide&apos;s tables turn it into replicas, nodes and a monthly cost.</source>
        <translation>Erwartetes Volumen; die Tabellen des Leitfadens leiten daraus Replikas, Nodes und monatliche Kosten ab.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Arbeitsspeicher (GiB)</translation>
    </message>
    <message>
        <source>Disk (GiB)</source>
        <translation>Speicherplatz (GiB)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>ClickHouse nodes</source>
        <translation>ClickHouse-Nodes</translation>
    </message>
    <message>
        <source>%1 (cluster)</source>
        <translation>%1 (Cluster)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>Events a month</source>
        <translation>Ereignisse im Monat</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Total (%1 size, %2 events a month): %3</source>
        <translation>Summe (Größe %1, %2 Ereignisse im Monat): %3</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Tier %1: %2 web, %3 events, %4 worker and %5 plugins replicas, %6 ClickHouse node(s).</source>
        <translation>Stufe %1: %2 Web-, %3 Events-, %4 Worker- und %5 Plugins-Replikas, %6 ClickHouse-Knoten.</translation>
    </message>
</context>
<context>
    <name>phc::Sparkline</name>
    <message numerus="yes">
        <source>Latency of the last %n check(s); slowest %1 ms</source>
        <translation>
            <numerusform>Latenz der letzten %n Prüfung; langsamste %1 ms</numerusform>
            <numerusform>Latenz der letzten %n Prüfungen; langsamste %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phc::StartPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Begin from the guide&apos;s example, a blank profile, or files you have.</source>
        <translation>Beginnen Sie mit dem Beispiel des Leitfadens, einem leeren Profil oder vorhandenen Dateien.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation>Chart-Schlüssel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Chart keys that were not imported</source>
        <translation>Nicht importierte Chart-Schlüssel</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>No profile yet: choose one of the ways above.</source>
        <translation>Noch kein Profil: Wählen Sie oben eine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Current profile: %1 (not saved yet). Press Next to go on.</source>
        <translation>Aktuelles Profil: %1 (noch nicht gespeichert). Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Current profile: %1 from %2. Press Next to go on.</source>
        <translation>Aktuelles Profil: %1 aus %2. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) became profile fields; the %2 listed below did not. Fields a values file cannot hold keep the previous profile&apos;s values (listed as &quot;profile&quot;). Review every step.</source>
        <translation>
            <numerusform>%1: %n Schlüssel wurde zu einem Profilfeld; die %2 unten aufgeführten nicht. Felder, die eine Values-Datei nicht enthalten kann, behalten die Werte des vorigen Profils (als „Profil“ aufgeführt). Prüfen Sie jeden Schritt.</numerusform>
            <numerusform>%1: %n Schlüssel wurden zu Profilfeldern; die %2 unten aufgeführten nicht. Felder, die eine Values-Datei nicht enthalten kann, behalten die Werte des vorigen Profils (als „Profil“ aufgeführt). Prüfen Sie jeden Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>phc::StringListEdit</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>phc::SystemStatusPanel</name>
    <message>
        <source>Helm info</source>
        <translation>Helm-Info</translation>
    </message>
    <message>
        <source>Versions and services</source>
        <translation>Versionen und Dienste</translation>
    </message>
    <message>
        <source>Dead letter queue</source>
        <translation>Dead Letter Queue</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>1.44.0 or release-1.44.0</source>
        <translation>1.44.0 oder release-1.44.0</translation>
    </message>
    <message>
        <source>Check &amp;upgrade</source>
        <translation>&amp;Upgrade prüfen</translation>
    </message>
    <message>
        <source>Upgrade to:</source>
        <translation>Upgrade auf:</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Systemstatus</translation>
    </message>
    <message>
        <source>Async migrations</source>
        <translation>Asynchrone Migrationen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>&amp;Force stop</source>
        <translation>&amp;Hart stoppen</translation>
    </message>
    <message>
        <source>Force stop without rollback</source>
        <translation>Hart stoppen ohne Rollback</translation>
    </message>
    <message>
        <source>Force rollback</source>
        <translation>Rollback erzwingen</translation>
    </message>
    <message>
        <source>PostHog&apos;s System status needs a personal API key (set it in the connection): its user must belong to the instance, and be staff (instance admin) for async migrations. Without it nothing here is read and nothing else changes.</source>
        <translation>Der Systemstatus von PostHog braucht einen persönlichen API-Schlüssel (in der Verbindung einzutragen): sein Benutzer muss zur Instanz gehören und für asynchrone Migrationen Staff (Instanz-Admin) sein. Ohne ihn wird hier nichts gelesen und sonst nichts verändert.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>PostHog check failed: %1</source>
        <translation>PostHog-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 %2?</source>
        <translation>%1: %2?</translation>
    </message>
    <message>
        <source>PostHog refused &apos;%1&apos; for %2: %3</source>
        <translation>PostHog hat „%1“ für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>PostHog accepted &apos;%1&apos; for %2</source>
        <translation>PostHog hat „%1“ für %2 angenommen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation>„%1“ ist keine PostHog-Version wie 1.44.0 oder release-1.44.0</translation>
    </message>
    <message>
        <source>The async migrations could not be read: %1</source>
        <translation>Die asynchronen Migrationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>ClickHouse disk free</source>
        <translation>Freier ClickHouse-Speicher</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Ingestion lag</source>
        <translation>Ingestion-Verzug</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Redis maxmemory</source>
        <translation>Redis maxmemory</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>History of the numeric checks</source>
        <translation>Verlauf der numerischen Prüfungen</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n round(s)</source>
        <translation>
            <numerusform>%1 über %n Runde</numerusform>
            <numerusform>%1 in den letzten %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>PostHog caches /api/instance_status for 60 s: the disk and ingestion lag values can be a minute old, and a lag under a minute says nothing.</source>
        <translation>PostHog speichert /api/instance_status 60 s zwischen: Platten- und Verzögerungswerte können eine Minute alt sein, und eine Verzögerung unter einer Minute sagt nichts.</translation>
    </message>
    <message>
        <source>PostHog takes &apos;%1&apos; for a migration that is %2.</source>
        <translation>PostHog nimmt „%1“ für eine Migration im Zustand %2 an.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>PostHog&apos;s System status checks of %1: %2</source>
        <translation>PostHogs Systemstatus-Prüfungen von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n check(s): </source>
        <translation>
            <numerusform> (%n Prüfung: </numerusform>
            <numerusform> (%n Prüfungen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing, %2 warning, %3 unknown)</source>
        <translation>%1 fehlgeschlagen, %2 Warnungen, %3 unbekannt)</translation>
    </message>
    <message>
        <source>Select a migration: the buttons offer what PostHog takes for its status, and what PostHog answers is said here.</source>
        <translation>Wählen Sie eine Migration: die Schaltflächen bieten an, was PostHog in ihrem Zustand annimmt, und PostHogs Antwort steht hier.</translation>
    </message>
    <message>
        <source>%1 is %2: PostHog does not take &apos;%3&apos; for it.</source>
        <translation>%1 ist %2: PostHog nimmt „%3“ dafür nicht an.</translation>
    </message>
    <message>
        <source>%1 the async migration %2 (%3) on %4.

%5</source>
        <translation>%1: die asynchrone Migration %2 (%3) auf %4.

%5</translation>
    </message>
    <message>
        <source>Sent &apos;%1&apos; for %2 …</source>
        <translation>„%1“ für %2 gesendet …</translation>
    </message>
</context>
<context>
    <name>phc::UpgradePlanner</name>
    <message>
        <source>resume it (or roll it back and run it again)</source>
        <translation>fortsetzen (oder zurückrollen und erneut ausführen)</translation>
    </message>
    <message>
        <source>run it again</source>
        <translation>erneut ausführen</translation>
    </message>
    <message>
        <source>let it complete</source>
        <translation>abschließen lassen</translation>
    </message>
    <message>
        <source>run it</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>upgrade %1 -&gt; %2: %3
</source>
        <translation>Upgrade %1 -&gt; %2: %3
</translation>
    </message>
    <message>
        <source>go</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>  blocker (%1) %2: %3
</source>
        <translation>  Blocker (%1) %2: %3
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>Schritte:
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostHog version such as 1.44.0 or release-1.44.0</source>
        <translation>„%1“ ist keine PostHog-Version wie 1.44.0 oder release-1.44.0</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>, last error: %1</source>
        <translation>, letzter Fehler: %1</translation>
    </message>
    <message>
        <source>; it must complete before any release after %1: %2 first</source>
        <translation>; sie muss vor jedem Release nach %1 abgeschlossen sein: zuerst %2</translation>
    </message>
    <message>
        <source>at %1: run %2, in this order, until each is Completed</source>
        <translation>bei %1: %2 in dieser Reihenfolge ausführen, bis jede Completed ist</translation>
    </message>
    <message>
        <source>the service requirements of PostHog %1 are not known: check PostgreSQL, Redis and ClickHouse against its release notes by hand</source>
        <translation>die Dienstanforderungen von PostHog %1 sind nicht bekannt: PostgreSQL, Redis und ClickHouse von Hand anhand der Release Notes prüfen</translation>
    </message>
    <message>
        <source>the instance does not report its %1 version: check it against %2 by hand</source>
        <translation>die Instanz meldet ihre %1-Version nicht: von Hand gegen %2 prüfen</translation>
    </message>
    <message>
        <source>%1 %2 is outside PostHog %3&apos;s %4 (%5): PostHog %3 exits at start; move %1 into that range first</source>
        <translation>%1 %2 liegt außerhalb von %4 für PostHog %3 (%5): PostHog %3 beendet sich beim Start; %1 zuerst in diesen Bereich bringen</translation>
    </message>
    <message>
        <source>PostHog does not report ClickHouse&apos;s version: check it by hand against %1 (%2)</source>
        <translation>PostHog meldet die Version von ClickHouse nicht: von Hand gegen %1 prüfen (%2)</translation>
    </message>
    <message>
        <source>upgrade to %1</source>
        <translation>auf %1 upgraden</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <source>(version not known)</source>
        <translation>(Version nicht bekannt)</translation>
    </message>
    <message>
        <source>the instance does not report its PostHog version (images built after mid-2023 have no posthog_version row): no verdict without it; give the version it runs</source>
        <translation>die Instanz meldet ihre PostHog-Version nicht (Images ab Mitte 2023 haben keine Zeile posthog_version): ohne sie kein Urteil; geben Sie die laufende Version an</translation>
    </message>
    <message>
        <source>%1 is older than the running %2: a downgrade. PostHog does not run async migrations backwards (a rollback only undoes a migration that failed), so %1 would start on a schema it does not know: restore the backups taken before the upgrade to %2 instead</source>
        <translation>%1 ist älter als das laufende %2: ein Downgrade. PostHog führt asynchrone Migrationen nicht rückwärts aus (ein Rollback nimmt nur eine fehlgeschlagene Migration zurück), %1 würde also auf einem Schema starten, das es nicht kennt: stellen Sie stattdessen die Sicherungen von vor dem Upgrade auf %2 wieder her</translation>
    </message>
    <message>
        <source>%1 is %2, and a no-op in PostHog %3: the migrate job marks it completed once %4 is (python manage.py run_async_migrations --complete-noop-migrations)</source>
        <translation>%1 ist %2 und in PostHog %3 ein No-op: der Migrate-Job markiert sie als abgeschlossen, sobald %4 es ist (python manage.py run_async_migrations --complete-noop-migrations)</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nichts anderes</translation>
    </message>
    <message>
        <source>%1 is %2: it does not block this upgrade, but it must complete before any release after %3: %4</source>
        <translation>%1 ist %2: sie blockiert dieses Upgrade nicht, muss aber vor jedem Release nach %3 abgeschlossen sein: %4</translation>
    </message>
    <message>
        <source>; PostHog&apos;s migrate job (run_async_migrations --check) stops every upgrade while a migration runs: %1 first</source>
        <translation>; PostHogs Migrate-Job (run_async_migrations --check) hält jedes Upgrade an, solange eine Migration läuft: zuerst %1</translation>
    </message>
    <message>
        <source>; PostHog&apos;s migrate job stops every upgrade while a migration is Errored: %1 first</source>
        <translation>; PostHogs Migrate-Job hält jedes Upgrade an, solange eine Migration Errored ist: zuerst %1</translation>
    </message>
    <message>
        <source>ships with PostHog %1 and must complete before any release after %2: stop at %3 and run it there</source>
        <translation>kommt mit PostHog %1 und muss vor jedem Release nach %2 abgeschlossen sein: bei %3 anhalten und dort ausführen</translation>
    </message>
    <message>
        <source>upgrade to %1 and stop there (no chart version for it is known: the chart whose appVersion is %1, or image.tag release-%1)</source>
        <translation>auf %1 aktualisieren und dort anhalten (keine Chart-Version dafür bekannt: das Chart mit appVersion %1, oder image.tag release-%1)</translation>
    </message>
    <message>
        <source>upgrade to %1 with chart %2 and stop there: %3</source>
        <translation>auf %1 mit Chart %2 aktualisieren und dort anhalten: %3</translation>
    </message>
    <message>
        <source>PostHog %1 runs already: nothing to upgrade</source>
        <translation>PostHog %1 läuft bereits: nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>upgrade to %1 with chart %2: %3</source>
        <translation>auf %1 mit Chart %2 aktualisieren: %3</translation>
    </message>
    <message>
        <source>at %1 (now): %2: %3</source>
        <translation>bei %1 (jetzt): %2: %3</translation>
    </message>
</context>
<context>
    <name>phc::ValuesImporter</name>
    <message>
        <source>key path longer than %1 characters; this is not a chart values file</source>
        <translation>Schlüsselpfad länger als %1 Zeichen; das ist keine Values-Datei eines Charts</translation>
    </message>
    <message>
        <source>more than %1 keys and list items (aliases counted each time they are used); this is not a chart values file</source>
        <translation>mehr als %1 Schlüssel und Listeneinträge (Aliase bei jeder Verwendung gezählt); das ist keine Values-Datei eines Charts</translation>
    </message>
    <message>
        <source>the generated values always set &apos;%1&apos; here; &apos;%2&apos; is not kept</source>
        <translation>die erzeugten Values setzen hier immer „%1“; „%2“ wird nicht übernommen</translation>
    </message>
    <message>
        <source>the generated values always set %1 here; %2 is not kept</source>
        <translation>die erzeugten Values setzen hier immer %1; %2 wird nicht übernommen</translation>
    </message>
    <message>
        <source>the generated files name this Secret &lt;release name&gt;%1; &apos;%2&apos; is not kept</source>
        <translation>die erzeugten Dateien nennen dieses Secret &lt;Release-Name&gt;%1; „%2“ wird nicht übernommen</translation>
    </message>
    <message>
        <source>a chart values file is a mapping of keys; this is not</source>
        <translation>eine Values-Datei eines Charts ist eine Zuordnung von Schlüsseln; diese ist es nicht</translation>
    </message>
    <message>
        <source>the scaling table gives %1 for %2 monthly events; the profile has no field for %3</source>
        <translation>die Skalierungstabelle ergibt %1 für %2 Ereignisse im Monat; das Profil hat kein Feld für %3</translation>
    </message>
    <message>
        <source>not in values.yaml (at most in a comment): not imported, kept as %1</source>
        <translation>nicht in values.yaml (höchstens in einem Kommentar): nicht importiert, bleibt %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>no profile field for this chart key; it is not in the generated values</source>
        <translation>kein Profilfeld für diesen Chart-Schlüssel; er fehlt in den erzeugten Values</translation>
    </message>
</context>
<context>
    <name>phc::VersionRange</name>
    <message>
        <source>a version range must not be empty</source>
        <translation>ein Versionsbereich darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with one of &gt;=, &lt;=, &gt;, &lt;, ==, !=</source>
        <translation>„%1“ beginnt nicht mit einem von &gt;=, &lt;=, &gt;, &lt;, ==, !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version like 14.1.0</source>
        <translation>„%1“ ist keine Version wie 14.1.0</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 oder neuer</translation>
    </message>
    <message>
        <source>later than %1</source>
        <translation>neuer als %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, below %2</source>
        <translation>%1, unter %2</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>phc::WizardPage</name>
    <message>
        <source>Start a profile first.</source>
        <translation>Legen Sie zuerst ein Profil an.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix on this page: %1</source>
        <translation>
            <numerusform>%n Problem auf dieser Seite zu beheben: %1</numerusform>
            <numerusform>%n Probleme auf dieser Seite zu beheben: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phc::WizardView</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Nächster Schritt (Eingabetaste)</translation>
    </message>
    <message>
        <source>This step has problems to fix</source>
        <translation>In diesem Schritt sind Probleme zu beheben</translation>
    </message>
    <message>
        <source>no value yet for %1: generate or type it on the Secrets page</source>
        <translation>noch kein Wert für %1: auf der Seite „Secrets“ erzeugen oder eingeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened before &quot;%2&quot; is complete. %3</source>
        <translation>„%1“ kann erst geöffnet werden, wenn „%2“ vollständig ist. %3</translation>
    </message>
</context>
<context>
    <name>phc::YamlEdit</name>
    <message>
        <source>only keys of mappings can be added, not list items</source>
        <translation>nur Schlüssel von Zuordnungen können hinzugefügt werden, keine Listeneinträge</translation>
    </message>
    <message>
        <source>cannot change this value inside a flow mapping ({...}) in place; write it as a block mapping</source>
        <translation>dieser Wert kann innerhalb einer Flow-Zuordnung ({...}) nicht an Ort und Stelle geändert werden; als Block-Zuordnung schreiben</translation>
    </message>
    <message>
        <source>cannot remove this key in place: it is not on a line of its own (flow mapping or list item)</source>
        <translation>dieser Schlüssel kann nicht an Ort und Stelle entfernt werden: er steht nicht auf einer eigenen Zeile (Flow-Zuordnung oder Listeneintrag)</translation>
    </message>
    <message>
        <source>cannot add a key inside a flow mapping ({...}) in place; write it as a block mapping</source>
        <translation>innerhalb einer Flow-Zuordnung ({...}) kann kein Schlüssel an Ort und Stelle hinzugefügt werden; als Block-Zuordnung schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mapping</source>
        <translation>„%1“ ist keine Zuordnung</translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation>das Dokument ist keine Zuordnung</translation>
    </message>
</context>
</TS>
