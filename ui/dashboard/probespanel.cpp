#include "probespanel.h"

#include "common/palettecolors.h"
#include "sparkline.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

namespace phc {

namespace {

QColor colourOf(ProbeStatus status, const QPalette &p)
{
    switch (status) {
    case ProbeStatus::Up: return PaletteColors::good(p);
    case ProbeStatus::Degraded: return PaletteColors::warning(p);
    case ProbeStatus::Down: return PaletteColors::problem(p);
    case ProbeStatus::Unknown: break;
    }
    return p.color(QPalette::PlaceholderText);
}

} // namespace

ProbesPanel::ProbesPanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("probesPanel"));
    setHeaderLabels({tr("Probe"), tr("Status"), tr("HTTP"), tr("Latency"), tr("Last change"), tr("Uptime"),
                     tr("Latency over the session")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SparklineColumn, QHeaderView::Stretch);
    setAccessibleName(tr("Health probes"));
}

QString ProbesPanel::statusText(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up: return tr("up");
    case ProbeStatus::Degraded: return tr("degraded");
    case ProbeStatus::Down: return tr("down");
    case ProbeStatus::Unknown: break;
    }
    return tr("not checked yet");
}

void ProbesPanel::setProbes(const QList<ProbeState> &states)
{
    clear();
    m_sparklines.clear();
    for (int i = 0; i < states.size(); ++i)
        updateProbe(i, states[i]);
}

QTreeWidgetItem *ProbesPanel::rowFor(int index)
{
    while (topLevelItemCount() <= index) {
        auto *item = new QTreeWidgetItem(this);
        auto *spark = new Sparkline(this);
        setItemWidget(item, SparklineColumn, spark);
        m_sparklines.append(spark);
    }
    return topLevelItem(index);
}

void ProbesPanel::updateProbe(int index, const ProbeState &state)
{
    QTreeWidgetItem *item = rowFor(index);
    const ProbeResult &r = state.last;
    const QLocale locale;
    item->setText(PathColumn, state.path);
    item->setToolTip(PathColumn, r.url.toString());
    item->setText(StatusColumn, statusText(r.status));
    item->setForeground(StatusColumn, colourOf(r.status, palette()));
    item->setToolTip(StatusColumn, r.summary);
    item->setText(CodeColumn, r.httpCode > 0 ? QString::number(r.httpCode) : QStringLiteral("–"));
    item->setText(LatencyColumn, state.checks > 0 ? tr("%1 ms").arg(locale.toString(r.latencyMs, 'f', 1)) : QString());
    item->setText(ChangedColumn, state.lastChangeMs > 0
                                     ? QDateTime::fromMSecsSinceEpoch(state.lastChangeMs).toString(QStringLiteral("HH:mm:ss"))
                                     : QString());
    const std::optional<double> uptime = state.uptime();
    item->setText(UptimeColumn, uptime ? tr("%1 % of %n check(s)", nullptr, state.checks)
                                             .arg(locale.toString(*uptime * 100, 'f', 1))
                                       : QString());
    m_sparklines[index]->setPoints(state.latencyHistory);

    // Components: what the JSON answer said, the failing ones first.
    QList<ProbeComponent> components = r.components;
    std::stable_sort(components.begin(), components.end(),
                     [](const ProbeComponent &a, const ProbeComponent &b) { return !a.ok && b.ok; });
    while (item->childCount() > components.size())
        delete item->takeChild(item->childCount() - 1);
    for (int i = 0; i < components.size(); ++i) {
        QTreeWidgetItem *child = i < item->childCount() ? item->child(i) : new QTreeWidgetItem(item);
        child->setText(PathColumn, components[i].name);
        child->setText(StatusColumn, components[i].ok ? tr("ok") : tr("failing"));
        child->setForeground(StatusColumn, colourOf(components[i].ok ? ProbeStatus::Up : ProbeStatus::Degraded, palette()));
        child->setText(CodeColumn, components[i].value);
        child->setFirstColumnSpanned(false);
    }
    if (r.components.isEmpty() && r.status != ProbeStatus::Up && !r.summary.isEmpty())
        item->setToolTip(PathColumn, r.url.toString() + u'\n' + r.summary);
    if (!r.failing().isEmpty())
        item->setExpanded(true);
}

} // namespace phc
