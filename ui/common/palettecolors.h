#pragma once

#include <QColor>
#include <QPalette>

namespace phc {

// Colours that stay readable in light and dark palettes.
namespace PaletteColors {

inline bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

inline QColor problem(const QPalette &p) { return isDark(p) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c); }
inline QColor warning(const QPalette &p) { return isDark(p) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8d, 0x5b, 0x00); }
inline QColor good(const QPalette &p) { return isDark(p) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20); }
inline QColor highlightRow(const QPalette &p)
{
    QColor c = p.color(QPalette::Highlight);
    c.setAlpha(70);
    return c;
}

} // namespace PaletteColors

} // namespace phc
