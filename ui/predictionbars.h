#pragma once

#include "predictor.h"

#include <QList>
#include <QWidget>

namespace Atelier {

/// The most probable classes of one answer, one line each: the class's name, a bar as long as
/// its probability and the probability in figures. When the classifier is unsure the bars are
/// drawn muted, so that nobody reads the first line as the answer.
class PredictionBars : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionBars(QWidget *parent = nullptr);

    void setScores(const QList<ClassScore> &scores, bool unsure);
    void clear();
    QList<ClassScore> scores() const { return m_scores; }
    bool isUnsure() const { return m_unsure; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int lineHeight() const;

    QList<ClassScore> m_scores;
    bool m_unsure = false;
};

} // namespace Atelier
