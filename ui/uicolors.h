#pragma once

#include <QColor>
#include <QPalette>

namespace Atelier {

/// The few colours the studio derives from the palette, so light and dark themes both look right.
namespace UiColors {

/// a mixed towards b by t (0..1).
QColor blend(const QColor &a, const QColor &b, qreal t);
/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);
QColor cardBackground(const QPalette &palette);
QColor placeholder(const QPalette &palette);
QColor mutedText(const QPalette &palette);
QColor hairline(const QPalette &palette);

} // namespace UiColors
} // namespace Atelier
