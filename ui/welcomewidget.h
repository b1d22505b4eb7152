#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Atelier {

class RecentProjects;

/// What the window shows when no project is open: a welcome, big buttons to create or open a
/// project, the recent projects, and a way to try the studio on sample images.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(RecentProjects *recent, QWidget *parent = nullptr);

public slots:
    void refreshRecent();

signals:
    void newProjectRequested();
    void openProjectRequested();
    void openRecentRequested(const QString &filePath);
    void sampleProjectRequested();

private:
    QPushButton *createActionCard(const QString &objectName, const QIcon &icon, const QString &title,
                              const QString &description);

    RecentProjects *m_recent = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_noRecentLabel = nullptr;
};

} // namespace Atelier
