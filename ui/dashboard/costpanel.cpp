#include "costpanel.h"

#include "common/formatting.h"
#include "common/palettecolors.h"
#include "profile/deploymentprofile.h"
#include "sizing/cloudpricing.h"
#include "sizing/replicadrift.h"

#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace phc {

namespace {

// The chart's range of monthly events: the smallest tier up to well past the largest row.
constexpr qint64 curveFrom = 100'000;
constexpr qint64 curveTo = 1'000'000'000;
constexpr int curveSamples = 160;

QString events(qint64 n) { return QLocale().toString(n); }

} // namespace

CostPanel::CostPanel(QWidget *parent)
    : QWidget(parent),
      m_comparison(SizingModel::builtIn(), CloudPricing::builtIn()),
      m_demoLabel(new QLabel(this)),
      m_rate(new QLabel(this)),
      m_monthlyEvents(new QLabel(this)),
      m_tier(new QLabel(this)),
      m_row(new QLabel(this)),
      m_selfHosted(new QLabel(this)),
      m_cloud(new QLabel(this)),
      m_breakEven(new QLabel(this)),
      m_drift(new QTableWidget(3, 3, this)),
      m_chartView(new QChartView(new QChart, this)), // setChart() would orphan the default chart
      m_selfHostedSeries(new QLineSeries),
      m_selfHostedBeyond(new QLineSeries),
      m_cloudSeries(new QLineSeries),
      m_projectionLine(new QLineSeries),
      m_projectionPoints(new QScatterSeries)
{
    setObjectName(QStringLiteral("costPanel"));
    m_demoLabel->setObjectName(QStringLiteral("costDemoLabel"));
    m_demoLabel->setText(tr("Demo data: the numbers below come from the simulated instance."));
    m_demoLabel->setVisible(false);
    for (QLabel *l : {m_rate, m_monthlyEvents, m_tier, m_row, m_selfHosted, m_cloud, m_breakEven}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_monthlyEvents->setObjectName(QStringLiteral("projectedEvents"));
    m_tier->setObjectName(QStringLiteral("projectedTier"));
    m_selfHosted->setObjectName(QStringLiteral("selfHostedCost"));
    m_cloud->setObjectName(QStringLiteral("cloudCost"));
    m_breakEven->setObjectName(QStringLiteral("breakEven"));

    auto *form = new QFormLayout;
    form->addRow(tr("Observed ingestion:"), m_rate);
    form->addRow(tr("Projected monthly events:"), m_monthlyEvents);
    form->addRow(tr("Resource tier:"), m_tier);
    form->addRow(tr("Scaling row:"), m_row);
    form->addRow(tr("Self-hosted cost:"), m_selfHosted);
    form->addRow(tr("PostHog Cloud:"), m_cloud);
    form->addRow(tr("Self-hosting pays from:"), m_breakEven);

    m_drift->setObjectName(QStringLiteral("driftTable"));
    m_drift->setHorizontalHeaderLabels({tr("Recommended"), tr("Profile"), tr("Drift")});
    m_drift->setVerticalHeaderLabels({tr("Web replicas"), tr("Worker replicas"), tr("ClickHouse nodes")});
    m_drift->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drift->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_drift->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drift->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_drift->setAccessibleName(tr("Recommended replicas against the profile"));
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            m_drift->setItem(r, c, new QTableWidgetItem);

    QChart *chart = m_chartView->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Monthly cost against monthly events"));
    m_selfHostedSeries->setName(tr("Self-hosted (sizing table)"));
    m_cloudSeries->setName(tr("PostHog Cloud"));
    m_projectionLine->setName(tr("Projection"));
    m_projectionPoints->setMarkerSize(9);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *> {m_selfHostedSeries, m_selfHostedBeyond, m_cloudSeries,
                                                                         m_projectionLine, m_projectionPoints})
        chart->addSeries(s);
    auto *x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%.0e"));
    x->setTitleText(tr("events per month"));
    x->setRange(double(curveFrom), double(curveTo));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setTitleText(tr("USD per month"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The scatter markers belong to the projection line's legend entry.
    chart->legend()->markers(m_projectionPoints).constFirst()->setVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_chartView->setObjectName(QStringLiteral("costChart"));
    const QPalette p = palette();
    m_selfHostedSeries->setPen(QPen(p.color(QPalette::Highlight), 2));
    m_selfHostedBeyond->setPen(QPen(p.color(QPalette::Highlight), 2, Qt::DashLine));
    m_selfHostedBeyond->setObjectName(QStringLiteral("selfHostedBeyond"));
    m_cloudSeries->setPen(QPen(PaletteColors::warning(p), 2));
    m_projectionLine->setPen(QPen(p.color(QPalette::Text), 1, Qt::DashLine));
    m_projectionPoints->setColor(p.color(QPalette::Text));

    auto *top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addWidget(m_drift, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoLabel);
    layout->addLayout(top);
    layout->addWidget(m_chartView, 1);

    rebuildCurve();
    setProjection(std::nullopt);
}

void CostPanel::setComparison(const CostComparison &comparison)
{
    m_comparison = comparison;
    rebuildCurve();
    setProjection(m_projection);
}

void CostPanel::setProfile(const DeploymentProfile *profile)
{
    m_profileCopy = profile ? std::optional<DeploymentProfile>(*profile) : std::nullopt;
    updateDrift();
}

void CostPanel::setDemo(bool demo)
{
    m_demoLabel->setVisible(demo);
}

void CostPanel::rebuildCurve()
{
    const QList<CostPoint> curve = m_comparison.curve(curveFrom, curveTo, curveSamples);
    QList<QPointF> self, beyond, cloud;
    double top = 0;
    for (const CostPoint &p : curve) {
        const QPointF point(double(p.monthlyEvents), p.selfHostedUsd);
        if (p.selfHostedBasis == CostBasis::Table) {
            self.append(point);
            beyond = {point}; // the dashed part starts where the table ends
        } else {
            beyond.append(point);
        }
        cloud.append(QPointF(double(p.monthlyEvents), p.cloudUsd));
        top = std::max(top, p.selfHostedUsd);
    }
    if (beyond.size() < 2)
        beyond.clear();
    m_selfHostedSeries->replace(self);
    m_selfHostedBeyond->replace(beyond);
    const SizingModel &sizing = m_comparison.sizing();
    const qint64 tableEnd = sizing.costSizes().constLast().fromMonthlyEvents;
    const QString floor = formatUsd(sizing.costSizes().constLast().totalUsd());
    const auto perMillion = sizing.usdPerMillionBeyond();
    m_selfHostedBeyond->setName(perMillion ? tr("Self-hosted beyond %1 events: estimate (%2 per million events)")
                                                 .arg(events(tableEnd), formatUsd(*perMillion))
                                           : tr("Self-hosted beyond %1 events: at least %2 (the sizing table ends there)")
                                                 .arg(events(tableEnd), floor));
    // Cloud grows without bound; the range follows self-hosting's largest size.
    auto *y = qobject_cast<QValueAxis *>(m_chartView->chart()->axes(Qt::Vertical).constFirst());
    y->setRange(0, top * 1.6);
    y->applyNiceNumbers();
    const BreakEven breakEven = m_comparison.breakEven();
    const QString pricingDate = QLocale().toString(m_comparison.pricing().effective(), QLocale::ShortFormat);
    switch (breakEven.kind) {
    case BreakEven::Kind::Exact:
        m_breakEven->setText(tr("%1 events a month (%2 with PostHog Cloud's pricing of %3)")
                                 .arg(events(breakEven.monthlyEvents),
                                      formatUsd(m_comparison.projectMonthly(breakEven.monthlyEvents).cloudMonthlyUsd),
                                      pricingDate));
        break;
    case BreakEven::Kind::AtLeast:
        m_breakEven->setText(tr("not below %1 events a month, if at all: PostHog Cloud (pricing of %2) costs less "
                                "than %3 up to there, and beyond %4 events the sizing table gives only that floor "
                                "for self-hosting")
                                 .arg(events(breakEven.monthlyEvents), pricingDate, floor, events(breakEven.tableEnd)));
        break;
    case BreakEven::Kind::Never:
        m_breakEven->setText(tr("never: PostHog Cloud is cheaper at every volume"));
        break;
    }
}

void CostPanel::setProjection(const std::optional<CostProjection> &projection)
{
    m_projection = projection;
    if (!projection) {
        const QString unknown = tr("unknown until the ingestion rate is known (two samples are needed)");
        m_rate->setText(unknown);
        for (QLabel *l : {m_monthlyEvents, m_tier, m_row, m_selfHosted, m_cloud})
            l->setText(QStringLiteral("–"));
        m_projectionLine->clear();
        m_projectionPoints->clear();
        updateDrift();
        return;
    }
    const CostProjection &p = *projection;
    const Recommendation &r = p.recommendation;
    const QLocale locale;
    m_rate->setText(tr("%1 events/s").arg(locale.toString(p.eventsPerSecond, 'f', 1)));
    m_monthlyEvents->setText(tr("%1 (rate × 30 days)").arg(events(p.monthlyEvents)));
    m_tier->setText(tr("%1: %2 vCPUs, %3 GB RAM").arg(r.tier.name).arg(r.tier.vcpus).arg(r.tier.memoryGiB));
    m_row->setText(r.row.label);
    m_selfHosted->setText(tr("%1: %2").arg(r.cost.name, r.costText(locale)));
    m_cloud->setText(tr("%1 a month for the same volume (pricing of %2)")
                         .arg(formatUsd(p.cloudMonthlyUsd),
                              locale.toString(m_comparison.pricing().effective(), QLocale::ShortFormat)));
    // The chart's x axis is logarithmic: a volume under its start sits on the edge.
    const double x = double(std::clamp(p.monthlyEvents, curveFrom, curveTo));
    auto *y = qobject_cast<QValueAxis *>(m_chartView->chart()->axes(Qt::Vertical).constFirst());
    m_projectionLine->replace(QList<QPointF> {{x, 0}, {x, y->max()}});
    m_projectionPoints->replace(QList<QPointF> {{x, p.selfHostedMonthlyUsd}, {x, p.cloudMonthlyUsd}});
    updateDrift();
}

QList<QPointF> CostPanel::projectionMarkers() const { return m_projectionPoints->points(); }

void CostPanel::updateDrift()
{
    QList<ReplicaDrift> drift;
    if (m_projection && m_profileCopy)
        drift = driftAgainst(m_projection->recommendation, *m_profileCopy, m_comparison.sizing());
    const ScalingRow *row = m_projection ? &m_projection->recommendation.row : nullptr;
    const int recommended[3] = {row ? row->webReplicas : 0, row ? row->workerReplicas : 0,
                                row ? row->clickhouseNodes : 0};
    const QPalette p = palette();
    for (int r = 0; r < 3; ++r) {
        m_drift->item(r, 0)->setText(row ? QString::number(recommended[r]) : QStringLiteral("–"));
        QTableWidgetItem *configured = m_drift->item(r, 1);
        QTableWidgetItem *verdict = m_drift->item(r, 2);
        configured->setText(m_profileCopy ? QString() : tr("no profile"));
        verdict->setText(QString());
        verdict->setForeground(p.color(QPalette::Text));
        if (r >= drift.size())
            continue;
        const ReplicaDrift &d = drift[r];
        if (d.autoscaleMin && d.autoscaleMax)
            configured->setText(tr("%1 to %2 (autoscaled)").arg(*d.autoscaleMin).arg(*d.autoscaleMax));
        else
            configured->setText(d.configured ? QString::number(*d.configured) : tr("not in the profile"));
        switch (d.verdict()) {
        case ReplicaDrift::Verdict::Matches:
            verdict->setText(tr("matches"));
            verdict->setForeground(PaletteColors::good(p));
            break;
        case ReplicaDrift::Verdict::TooFew:
            verdict->setText(tr("%n too few", nullptr, -d.difference()));
            verdict->setForeground(PaletteColors::problem(p));
            break;
        case ReplicaDrift::Verdict::TooMany:
            verdict->setText(tr("%n more than needed", nullptr, d.difference()));
            verdict->setForeground(PaletteColors::warning(p));
            break;
        case ReplicaDrift::Verdict::Unknown: verdict->setText(tr("unknown")); break;
        }
    }
}

} // namespace phc
