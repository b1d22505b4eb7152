#include "predictionbars.h"

#include "uicolors.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace Atelier {

namespace {
constexpr int Spacing = 6;
const QColor SureColor(0x2f, 0x6f, 0xd0);
const QColor UnsureColor(0xc8, 0x8a, 0x1e);
} // namespace

PredictionBars::PredictionBars(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("predictionBars"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PredictionBars::setScores(const QList<ClassScore> &scores, bool unsure)
{
    m_scores = scores;
    m_unsure = unsure;
    QStringList lines;
    for (const ClassScore &score : scores)
        lines.append(tr("%1: %2").arg(score.name, QLocale().toString(score.probability * 100, 'f', 1) + QLatin1Char('%')));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void PredictionBars::clear()
{
    setScores({}, false);
}

int PredictionBars::lineHeight() const
{
    return fontMetrics().height() + 10;
}

QSize PredictionBars::sizeHint() const
{
    const int lines = std::max<int>(1, int(m_scores.size()));
    return {260, lines * lineHeight() + (lines - 1) * Spacing};
}

QSize PredictionBars::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void PredictionBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const int height = lineHeight();
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100.0%")) + 8;
    int nameWidth = 0;
    for (const ClassScore &score : std::as_const(m_scores))
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(score.name));
    nameWidth = std::min(nameWidth + 10, width() / 3);
    const int barLeft = nameWidth;
    const int barWidth = std::max(20, width() - nameWidth - percentWidth);
    const QColor color = m_unsure ? UnsureColor : SureColor;
    const QPalette &palette = this->palette();

    for (int i = 0; i < m_scores.size(); ++i) {
        const ClassScore &score = m_scores.at(i);
        const int y = i * (height + Spacing);
        QFont lineFont = font();
        lineFont.setBold(i == 0 && !m_unsure);
        painter.setFont(lineFont);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(0, y, nameWidth - 6, height), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(score.name, Qt::ElideRight, nameWidth - 6));

        const QRectF track(barLeft, y + 3, barWidth, height - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(UiColors::placeholder(palette));
        painter.drawRoundedRect(track, 3, 3);
        QRectF bar = track;
        bar.setWidth(std::max(2.0, track.width() * std::clamp(score.probability, 0.0, 1.0)));
        painter.setBrush(i == 0 ? color : UiColors::blend(color, palette.color(QPalette::Base), 0.35));
        painter.drawRoundedRect(bar, 3, 3);

        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(barLeft + barWidth + 6, y, percentWidth, height), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(score.probability * 100, 'f', 1) + QLatin1Char('%'));
    }
}

} // namespace Atelier
