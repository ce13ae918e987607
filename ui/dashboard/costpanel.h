#pragma once

#include "profile/deploymentprofile.h"
#include "sizing/costcomparison.h"

#include <QWidget>

class QChartView;
class QFormLayout;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTableWidget;

namespace phc {


// What the observed ingestion rate means: projected monthly events, the
// sizing tables' tier, scaling row and replicas next to what the profile
// configures (drift shown plainly), the self-hosted monthly cost beside
// PostHog Cloud's price for the same volume, and a chart of both costs
// against monthly events with the projection marked.
class CostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CostPanel(QWidget *parent = nullptr);

    void setComparison(const CostComparison &comparison);
    // Null: no profile loaded, the profile column stays empty.
    void setProfile(const DeploymentProfile *profile);
    void setProjection(const std::optional<CostProjection> &projection);
    void setDemo(bool demo);

    QLabel *monthlyEventsLabel() const { return m_monthlyEvents; }
    QLabel *tierLabel() const { return m_tier; }
    QLabel *selfHostedLabel() const { return m_selfHosted; }
    QLabel *cloudLabel() const { return m_cloud; }
    QLabel *breakEvenLabel() const { return m_breakEven; }
    QTableWidget *driftTable() const { return m_drift; }
    QChartView *chartView() const { return m_chartView; }
    // Self-hosting inside the cost table (solid) and beyond it (dashed: a
    // floor, or the data's estimate).
    QLineSeries *selfHostedSeries() const { return m_selfHostedSeries; }
    QLineSeries *selfHostedBeyondSeries() const { return m_selfHostedBeyond; }
    // The projection's marker on the chart: empty when there is none.
    QList<QPointF> projectionMarkers() const;

private:
    void rebuildCurve();
    void updateDrift();

    CostComparison m_comparison;
    std::optional<CostProjection> m_projection;
    std::optional<DeploymentProfile> m_profileCopy;
    QLabel *m_demoLabel;
    QLabel *m_rate;
    QLabel *m_monthlyEvents;
    QLabel *m_tier;
    QLabel *m_row;
    QLabel *m_selfHosted;
    QLabel *m_cloud;
    QLabel *m_breakEven;
    QTableWidget *m_drift;
    QChartView *m_chartView;
    QLineSeries *m_selfHostedSeries;
    QLineSeries *m_selfHostedBeyond;
    QLineSeries *m_cloudSeries;
    QLineSeries *m_projectionLine;
    QScatterSeries *m_projectionPoints;
};

} // namespace phc
