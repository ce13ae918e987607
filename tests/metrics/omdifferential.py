# The second opinion for tst_omdifferential: reads payloads, one a line as
# hex, from standard input and prints, one a line, 1 when Debian's
# prometheus_client OpenMetrics parser accepts the payload and 0 when it
# refuses it. Exit code 3 when prometheus_client is missing.
import sys

try:
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
except ImportError:
    sys.stderr.write("prometheus_client is missing: run packaging/setup-debian.sh (python3-prometheus-client)\n")
    sys.exit(3)


def accepts(payload):
    try:
        text = payload.decode("utf-8")  # OpenMetrics is UTF-8: anything else is refused
        list(text_string_to_metric_families(text))
        return True
    except Exception:
        return False


out = sys.stdout
for line in sys.stdin:
    out.write("1\n" if accepts(bytes.fromhex(line.strip())) else "0\n")
out.flush()
