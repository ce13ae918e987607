#include "healthbadge.h"

#include "common/palettecolors.h"

#include <QCoreApplication>
#include <QLabel>

namespace phc {

// The badge's words were the dashboard's first: they keep its translation context.

QLabel *HealthBadge::create(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setMargin(4);
    l->setAutoFillBackground(true);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

void HealthBadge::paint(QLabel *badge, const QColor &colour)
{
    QPalette p = badge->palette();
    p.setColor(QPalette::Window, colour);
    p.setColor(QPalette::WindowText, colour.lightness() < 140 ? Qt::white : Qt::black);
    badge->setPalette(p);
}

QString HealthBadge::text(InstanceHealth health, bool read)
{
    switch (health) {
    case InstanceHealth::Healthy: return QCoreApplication::translate("phc::DashboardView", "Healthy");
    case InstanceHealth::Degraded: return QCoreApplication::translate("phc::DashboardView", "Degraded");
    case InstanceHealth::Down: return QCoreApplication::translate("phc::DashboardView", "Down");
    case InstanceHealth::Unknown: break;
    }
    return read ? QCoreApplication::translate("phc::DashboardView", "Unknown")
                : QCoreApplication::translate("phc::DashboardView", "Not checked");
}

void HealthBadge::show(QLabel *badge, InstanceHealth health, bool read, const QString &why)
{
    const QPalette &p = badge->palette();
    QColor colour;
    switch (health) {
    case InstanceHealth::Healthy: colour = PaletteColors::good(p); break;
    case InstanceHealth::Degraded: colour = PaletteColors::warning(p); break;
    case InstanceHealth::Down: colour = PaletteColors::problem(p); break;
    case InstanceHealth::Unknown: colour = p.color(QPalette::Mid); break;
    }
    const QString words = text(health, read);
    badge->setText(words);
    paint(badge, colour);
    badge->setToolTip(why);
    badge->setAccessibleName(QCoreApplication::translate("phc::DashboardView", "Instance status: %1").arg(words));
}

} // namespace phc
