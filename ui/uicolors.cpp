#include "uicolors.h"

namespace Atelier::UiColors {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QColor textOn(const QColor &background)
{
    if (!background.isValid())
        return Qt::white;
    // Relative luminance weights of sRGB.
    const qreal luminance = 0.2126 * background.redF() + 0.7152 * background.greenF()
                            + 0.0722 * background.blueF();
    return luminance > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QColor cardBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.045);
}

QColor placeholder(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.10);
}

QColor mutedText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor hairline(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.12);
    return color;
}

} // namespace Atelier::UiColors
