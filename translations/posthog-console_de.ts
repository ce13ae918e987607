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
        <source>&amp;Autoscale web and worker pods</source>
        <translation>Web- und Worker-Pods automatisch &amp;skalieren</translation>
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
        <source>phx_... (optional: only the API key check needs it)</source>
        <translation>phx_... (optional: nur für die Prüfung des API-Schlüssels nötig)</translation>
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
        <source>%1 a month (%2)</source>
        <translation>%1 pro Monat (%2)</translation>
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
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Up to events/month</source>
        <translation>Bis Events/Monat</translation>
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
        <source>Monthly events</source>
        <translation>Events pro Monat</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis</translation>
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
        <source>Tier %1: %2 web and %3 worker replicas, %4 ClickHouse node(s).</source>
        <translation>Stufe %1: %2 Web- und %3 Worker-Replikas, %4 ClickHouse-Node(s).</translation>
    </message>
    <message>
        <source>Total (%1 size): %2 per month</source>
        <translation>Gesamt (Größe %1): %2 pro Monat</translation>
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
    <message numerus="yes">
        <source>%1: %n key(s) became profile fields; the %2 listed below did not. Review every step: the rest of the profile has the defaults.</source>
        <translation>
            <numerusform>%1: %n Schlüssel wurde zu einem Profilfeld, die %2 unten aufgeführten nicht. Prüfen Sie jeden Schritt: Der Rest des Profils enthält die Standardwerte.</numerusform>
            <numerusform>%1: %n Schlüssel wurden zu Profilfeldern, die %2 unten aufgeführten nicht. Prüfen Sie jeden Schritt: Der Rest des Profils enthält die Standardwerte.</numerusform>
        </translation>
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
</context>
</TS>
