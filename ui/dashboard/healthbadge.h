#pragma once

#include "monitor/healthprober.h"

#include <QString>

class QColor;
class QLabel;
class QWidget;

namespace phc {

// The coloured label that says the instance's health: the same words and
// colours in the dashboard's header and on the System status tab.
namespace HealthBadge {

QLabel *create(const QString &objectName, QWidget *parent);
void paint(QLabel *badge, const QColor &colour);
// "Healthy", "Degraded", "Down"; unknown reads "Not checked" before anything
// was read and "Unknown" after (something was read, no verdict came of it).
QString text(InstanceHealth health, bool read);
// Text, colour, tooltip (`why`, one reason a line) and accessible name.
void show(QLabel *badge, InstanceHealth health, bool read, const QString &why);

} // namespace HealthBadge

} // namespace phc
