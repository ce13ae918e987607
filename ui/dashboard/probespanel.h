#pragma once

#include "monitor/healthprober.h"

#include <QTreeWidget>

namespace phc {

class Sparkline;

// One row per probe: status, HTTP code, latency, time of the last change,
// uptime over the session and a latency sparkline; the components a JSON
// answer names (clickhouse, kafka, ...) as child rows.
class ProbesPanel : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { PathColumn, StatusColumn, CodeColumn, LatencyColumn, ChangedColumn, UptimeColumn, SparklineColumn };

    explicit ProbesPanel(QWidget *parent = nullptr);

    void setProbes(const QList<ProbeState> &states);
    void updateProbe(int index, const ProbeState &state);

    static QString statusText(ProbeStatus status);

private:
    QTreeWidgetItem *rowFor(int index);
    QList<Sparkline *> m_sparklines;
};

} // namespace phc
