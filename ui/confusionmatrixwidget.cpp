#include "confusionmatrixwidget.h"

#include "evaluationdata.h"
#include "uicolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
constexpr int Margin = 8;
constexpr int MinCell = 20;
constexpr int PreferredCell = 44;
constexpr int MaxCell = 72;
constexpr int MaxLabelWidth = 150;
// Column names are slanted by 45°: their footprint is the name's length times this.
constexpr double Slant = 0.7071;
const QColor RightColor(0x2f, 0x6f, 0xd0);
const QColor WrongColor(0xd0, 0x3b, 0x3b);
// A difference of a few points is already worth seeing, however small the largest one is.
constexpr double SmallestDifferenceScale = 0.05;

QString percent(double share)
{
    if (share > 0 && share < 0.005)
        return QStringLiteral("<1%");
    return QLocale().toString(share * 100, 'f', 0) + QLatin1Char('%');
}

QString signedPoints(double difference)
{
    const double points = difference * 100;
    if (std::abs(points) < 0.5)
        return QStringLiteral("0");
    // A real minus sign: a hyphen looks like a dash next to the plus.
    return (points > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(std::abs(points), 'f', 0);
}
} // namespace

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusionMatrix"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Confusion matrix"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixWidget::setMetrics(const ClassificationMetrics &metrics)
{
    m_metrics = metrics;
    m_shares = EvaluationData::rowShares(m_metrics);
    m_largestCount = 0;
    for (const int count : m_metrics.confusion)
        m_largestCount = std::max(m_largestCount, count);
    if (m_selected.x() >= classCount() || m_selected.y() >= classCount())
        m_selected = QPoint(-1, -1);
    m_hovered = QPoint(-1, -1);
    clearComparison();
    updateGeometry();
    update();
}

void ConfusionMatrixWidget::clear()
{
    setMetrics(ClassificationMetrics());
}

void ConfusionMatrixWidget::setComparison(const ClassificationMetrics &other, const QString &otherName)
{
    m_difference = EvaluationData::shareDifference(m_metrics, other);
    m_largestDifference = 0;
    for (const double difference : m_difference)
        if (!std::isnan(difference))
            m_largestDifference = std::max(m_largestDifference, std::abs(difference));
    m_otherName = otherName;
    m_comparing = true;
    update();
}

void ConfusionMatrixWidget::clearComparison()
{
    m_comparing = false;
    m_difference.clear();
    m_otherName.clear();
    update();
}

void ConfusionMatrixWidget::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    update();
}

void ConfusionMatrixWidget::setSelectedCell(int trueClass, int predictedClass)
{
    const int n = classCount();
    if (trueClass < 0 || predictedClass < 0 || trueClass >= n || predictedClass >= n)
        m_selected = QPoint(-1, -1);
    else
        m_selected = QPoint(predictedClass, trueClass);
    update();
}

// --- Geometry ------------------------------------------------------------------------------------

int ConfusionMatrixWidget::labelWidth() const
{
    // Measured in bold: the names of the hovered row and column are drawn so.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &name : m_metrics.classNames)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    return std::min(MaxLabelWidth, widest);
}

int ConfusionMatrixWidget::columnLabelHeight(bool upright) const
{
    const QFontMetrics metrics(font());
    return (upright ? labelWidth() : int(labelWidth() * Slant) + metrics.height() / 2) + 8;
}

int ConfusionMatrixWidget::rightMargin(bool upright) const
{
    // A slanted name of the last column leans out to the right, where the row totals are too.
    const int totals = QFontMetrics(font()).horizontalAdvance(tr("images")) + 12;
    return (upright ? totals : std::max(int(labelWidth() * Slant), totals)) + Margin;
}

ConfusionMatrixWidget::Geometry ConfusionMatrixWidget::geometry() const
{
    const QFontMetrics metrics(font());
    const int n = std::max(1, classCount());
    const int axisTitle = metrics.height() + 6;
    const int legend = 2 * metrics.height() + 18;
    Geometry g;
    g.labelWidth = labelWidth();
    g.left = Margin + axisTitle + g.labelWidth + 8;
    const auto layOut = [&](bool upright) {
        g.upright = upright;
        g.top = Margin + axisTitle + columnLabelHeight(upright);
        const int across = (width() - g.left - rightMargin(upright)) / n;
        const int down = (height() - g.top - legend - Margin) / n;
        g.cell = std::clamp(std::min(across, down), MinCell, MaxCell);
    };
    layOut(false);
    // Slanted names closer than a line apart overlap: upright ones need only the cell's width.
    if (g.cell * Slant < metrics.height() + 2)
        layOut(true);
    // Room to spare goes around the matrix, not to one side of it.
    const int spare = width() - (g.left + n * g.cell + rightMargin(g.upright));
    if (spare > 0)
        g.left += spare / 2;
    return g;
}

QSize ConfusionMatrixWidget::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int n = std::max(2, classCount());
    const int axisTitle = metrics.height() + 6;
    const bool upright = PreferredCell * Slant < metrics.height() + 2;
    const int width = Margin + axisTitle + labelWidth() + 8 + n * PreferredCell + rightMargin(upright);
    const int height = 2 * Margin + axisTitle + columnLabelHeight(upright) + n * PreferredCell + 2 * metrics.height() + 18;
    return {width, height};
}

QSize ConfusionMatrixWidget::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const int n = std::max(2, classCount());
    const int axisTitle = metrics.height() + 6;
    const bool upright = MinCell * Slant < metrics.height() + 2;
    const int width = Margin + axisTitle + labelWidth() + 8 + n * MinCell + rightMargin(upright);
    const int height = 2 * Margin + axisTitle + columnLabelHeight(upright) + n * MinCell + 2 * metrics.height() + 18;
    return {width, height};
}

QRect ConfusionMatrixWidget::cellRect(int trueClass, int predictedClass) const
{
    const int n = classCount();
    if (trueClass < 0 || predictedClass < 0 || trueClass >= n || predictedClass >= n)
        return {};
    const Geometry g = geometry();
    return {g.left + predictedClass * g.cell, g.top + trueClass * g.cell, g.cell, g.cell};
}

QPoint ConfusionMatrixWidget::cellAt(const QPoint &position) const
{
    const int n = classCount();
    const Geometry g = geometry();
    if (n == 0 || position.x() < g.left || position.y() < g.top)
        return {-1, -1};
    const int column = (position.x() - g.left) / g.cell;
    const int row = (position.y() - g.top) / g.cell;
    if (column >= n || row >= n)
        return {-1, -1};
    return {column, row};
}

// --- Values --------------------------------------------------------------------------------------

int ConfusionMatrixWidget::rowTotal(int trueClass) const
{
    int total = 0;
    for (int p = 0; p < classCount(); ++p)
        total += m_metrics.count(trueClass, p);
    return total;
}

double ConfusionMatrixWidget::share(int trueClass, int predictedClass) const
{
    return m_shares[size_t(trueClass) * size_t(classCount()) + size_t(predictedClass)];
}

QColor ConfusionMatrixWidget::cellColor(int trueClass, int predictedClass) const
{
    const QColor base = palette().color(QPalette::Base);
    const bool diagonal = trueClass == predictedClass;
    if (m_comparing) {
        const double difference = m_difference[size_t(trueClass) * size_t(classCount()) + size_t(predictedClass)];
        if (std::isnan(difference))
            return UiColors::placeholder(palette());
        // More on the diagonal is better; more anywhere else is worse.
        const bool better = diagonal ? difference > 0 : difference < 0;
        const double scale = std::max(m_largestDifference, SmallestDifferenceScale);
        const double t = std::sqrt(std::min(1.0, std::abs(difference) / scale));
        return UiColors::blend(base, better ? RightColor : WrongColor, 0.9 * t);
    }
    double value = 0;
    if (m_mode == Mode::Counts)
        value = m_largestCount > 0 ? double(m_metrics.count(trueClass, predictedClass)) / m_largestCount : 0.0;
    else
        value = share(trueClass, predictedClass);
    // The square root lifts the few mistakes beside a full diagonal into view.
    return UiColors::blend(base, diagonal ? RightColor : WrongColor, 0.9 * std::sqrt(value));
}

QString ConfusionMatrixWidget::cellText(int trueClass, int predictedClass) const
{
    const int count = m_metrics.count(trueClass, predictedClass);
    if (m_comparing) {
        const double difference = m_difference[size_t(trueClass) * size_t(classCount()) + size_t(predictedClass)];
        if (std::isnan(difference))
            return QStringLiteral("–");
        // Nothing in either run: nothing to say.
        return difference == 0 && share(trueClass, predictedClass) == 0 ? QString() : signedPoints(difference);
    }
    if (count == 0) // a zero on the diagonal is news, unless the class had no images at all
        return trueClass == predictedClass && rowTotal(trueClass) > 0 ? QStringLiteral("0") : QString();
    if (m_mode == Mode::Counts)
        return QLocale().toString(count);
    return percent(share(trueClass, predictedClass));
}

QString ConfusionMatrixWidget::cellDescription(int trueClass, int predictedClass) const
{
    const int n = classCount();
    if (trueClass < 0 || predictedClass < 0 || trueClass >= n || predictedClass >= n)
        return QString();
    const QString trueName = m_metrics.classNames[trueClass];
    const QString predictedName = m_metrics.classNames[predictedClass];
    const int count = m_metrics.count(trueClass, predictedClass);
    const int total = rowTotal(trueClass);
    QString text = trueClass == predictedClass ? tr("“%1” recognised as itself").arg(trueName)
                                               : tr("“%1” taken for “%2”").arg(trueName, predictedName);
    text += QLatin1Char('\n');
    text += tr("%Ln image(s)", nullptr, count);
    if (total > 0)
        text += QStringLiteral(" · ")
                + tr("%1 of the %2 “%3” images")
                      .arg(percent(share(trueClass, predictedClass)), QLocale().toString(total), trueName);
    if (m_comparing) {
        const double difference = m_difference[size_t(trueClass) * size_t(n) + size_t(predictedClass)];
        text += QLatin1Char('\n');
        if (std::isnan(difference)) {
            text += tr("%1 has no images of this pair of classes to compare with").arg(m_otherName);
        } else {
            const double mine = share(trueClass, predictedClass);
            text += tr("%1 here, %2 in %3: %4 points")
                        .arg(percent(mine), percent(mine - difference), m_otherName, signedPoints(difference));
        }
    }
    if (count > 0)
        text += QLatin1Char('\n') + tr("Click to list these images");
    return text;
}

// --- Painting ------------------------------------------------------------------------------------

void ConfusionMatrixWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = this->palette();
    const int n = classCount();
    if (n == 0) {
        painter.setPen(UiColors::mutedText(palette));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No evaluation to show yet."));
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    const QColor muted = UiColors::mutedText(palette);
    const QColor text = palette.color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);

    // Axis titles
    painter.setPen(muted);
    const QRect columnsTitle(g.left, Margin, n * g.cell, metrics.height());
    painter.drawText(columnsTitle, Qt::AlignLeft | Qt::AlignVCenter, tr("Predicted class →"));
    painter.save();
    painter.translate(g.left - g.labelWidth - 14, g.top + n * g.cell);
    painter.rotate(-90);
    painter.drawText(QRect(0, -metrics.height(), n * g.cell, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("True class →"));
    painter.restore();

    // Class names: rows on the left, columns slanted above
    for (int i = 0; i < n; ++i) {
        const bool rowHot = m_hovered.y() == i || m_selected.y() == i;
        const bool columnHot = m_hovered.x() == i || m_selected.x() == i;
        const QString name = m_metrics.classNames[i];
        const QString elided = metrics.elidedText(name, Qt::ElideRight, g.labelWidth);

        painter.setFont(rowHot ? bold : font());
        painter.setPen(rowHot ? text : muted);
        const QRect rowLabel(g.left - g.labelWidth - 8, g.top + i * g.cell, g.labelWidth + 2, g.cell);
        painter.drawText(rowLabel, Qt::AlignRight | Qt::AlignVCenter, elided);

        painter.setFont(columnHot ? bold : font());
        painter.setPen(columnHot ? text : muted);
        painter.save();
        painter.translate(g.left + i * g.cell + g.cell / 2.0, g.top - 6);
        painter.rotate(g.upright ? -90 : -45);
        painter.drawText(QRect(0, -metrics.height() / 2, g.labelWidth + 4, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, elided);
        painter.restore();
    }
    painter.setFont(font());

    // Cells
    QFont cellFont = font();
    if (g.cell < 34)
        cellFont.setPointSizeF(std::max(6.0, cellFont.pointSizeF() * 0.8));
    const bool cellText = g.cell >= 22;
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect cell(g.left + p * g.cell, g.top + t * g.cell, g.cell, g.cell);
            const QColor color = cellColor(t, p);
            painter.fillRect(cell, color);
            painter.setPen(UiColors::hairline(palette));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            if (cellText) {
                painter.setFont(cellFont);
                painter.setPen(UiColors::textOn(color));
                painter.drawText(cell, Qt::AlignCenter, this->cellText(t, p));
            }
        }
        // The row's image count, to the right
        painter.setFont(font());
        painter.setPen(muted);
        painter.drawText(QRect(g.left + n * g.cell + 6, g.top + t * g.cell, 80, g.cell), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(rowTotal(t)));
    }
    painter.drawText(QRect(g.left + n * g.cell + 6, g.top - metrics.height() - 2, 80, metrics.height()),
                     Qt::AlignLeft | Qt::AlignBottom, tr("images"));
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Hovered and chosen cells
    painter.setBrush(Qt::NoBrush);
    if (m_hovered.x() >= 0) {
        painter.setPen(QPen(text, 1));
        painter.drawRect(cellRect(m_hovered.y(), m_hovered.x()).adjusted(1, 1, -2, -2));
    }
    if (m_selected.x() >= 0) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), hasFocus() ? 3 : 2));
        painter.drawRect(cellRect(m_selected.y(), m_selected.x()).adjusted(1, 1, -2, -2));
    }
    paintLegend(painter, g);
}

void ConfusionMatrixWidget::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics(font());
    const int n = classCount();
    int x = g.left;
    const int y = g.top + n * g.cell + 10;
    const int swatch = metrics.height() - 4;
    const auto item = [&](const QColor &color, const QString &text) {
        painter.setPen(UiColors::hairline(palette()));
        painter.setBrush(color);
        painter.drawRect(QRect(x, y + 2, swatch, swatch));
        x += swatch + 5;
        painter.setPen(UiColors::mutedText(palette()));
        painter.drawText(QPoint(x, y + metrics.ascent()), text);
        x += metrics.horizontalAdvance(text) + 14;
    };
    QString note;
    if (m_comparing) {
        item(RightColor, tr("better than %1").arg(m_otherName));
        item(WrongColor, tr("worse"));
        note = tr("Difference of the row shares, in points");
    } else {
        item(RightColor, tr("right"));
        item(WrongColor, tr("mistaken"));
        note = m_mode == Mode::Counts ? tr("Darker: more images") : tr("Each row adds up to 100%");
    }
    painter.setBrush(Qt::NoBrush);
    const int noteWidth = std::max(40, width() - g.left - Margin);
    painter.drawText(QPoint(g.left, y + metrics.height() + 4 + metrics.ascent()),
                     metrics.elidedText(note, Qt::ElideRight, noteWidth));
}

// --- Interaction ---------------------------------------------------------------------------------

bool ConfusionMatrixWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), cellDescription(cell.y(), cell.x()), this, cellRect(cell.y(), cell.x()));
        }
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        setCursor(cell.x() >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void ConfusionMatrixWidget::leaveEvent(QEvent *)
{
    m_hovered = QPoint(-1, -1);
    update();
}

void ConfusionMatrixWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0)
        return;
    setSelectedCell(cell.y(), cell.x());
    emit cellActivated(cell.y(), cell.x());
}

void ConfusionMatrixWidget::keyPressEvent(QKeyEvent *event)
{
    const int n = classCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    QPoint cell = m_selected.x() >= 0 ? m_selected : QPoint(0, 0);
    switch (event->key()) {
    case Qt::Key_Left:
        cell.rx() -= 1;
        break;
    case Qt::Key_Right:
        cell.rx() += 1;
        break;
    case Qt::Key_Up:
        cell.ry() -= 1;
        break;
    case Qt::Key_Down:
        cell.ry() += 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_selected.x() >= 0)
            emit cellActivated(m_selected.y(), m_selected.x());
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    cell.setX(std::clamp(cell.x(), 0, n - 1));
    cell.setY(std::clamp(cell.y(), 0, n - 1));
    setSelectedCell(cell.y(), cell.x());
    // Moving is looking: the cell's images follow the keyboard.
    emit cellActivated(cell.y(), cell.x());
}

} // namespace Atelier
