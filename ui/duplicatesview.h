#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Atelier {

class CurationController;
class DocumentCommand;
class DuplicateGroupsModel;
class DuplicateMembersView;
class ProjectDocument;
class SimilarImagesIndex;
class SimilarImagesStrip;
struct DuplicateReport;

/// Duplicates: the groups of exact and near copies on the left, the copies of the chosen group
/// side by side on the right, with a suggested keeper (highest resolution, least compressed).
/// One key keeps a copy or excludes it; every decision is an exclusion, undone with Ctrl+Z, and
/// files are never deleted. Groups whose copies carry different labels are flagged, and left out
/// when the suggestions are applied to every group.
class DuplicatesView : public QWidget
{
    Q_OBJECT

public:
    DuplicatesView(CurationController *curation, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);

    /// Searches again (fingerprinting new images first) at the chosen sensitivity.
    void search();
    bool hasSearched() const { return m_searched; }
    int sensitivity() const;
    void setSensitivity(int sensitivity);

    /// Keeps this copy and excludes the others of its group.
    void keep(qint64 imageId);
    /// Excludes this copy, or includes it again.
    void toggle(qint64 imageId);
    /// Keeps the suggested copy of the group in this row and excludes the others.
    void applySuggestion(int row);
    /// The same for every group whose copies do not disagree on their label.
    void applySuggestionsToAll();

    DuplicateGroupsModel *groupsModel() const { return m_model; }
    QListView *groupList() const { return m_groups; }
    DuplicateMembersView *membersView() const { return m_members; }
    /// "Similar, not copies" of the chosen copy, from the project's similar-images index.
    void setSimilarImages(SimilarImagesIndex *index);
    SimilarImagesStrip *similarStrip() const { return m_similar; }

signals:
    void failed(const QString &title, const QString &message);
    void message(const QString &text);
    void searchFinished();
    /// Show these images in the grid.
    void selectImagesRequested(const QList<qint64> &imageIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResults(const DuplicateReport &report);
    void showCurrentGroup();
    /// The similar-images strip follows the chosen copy.
    void showSimilar();
    void updateStatus();
    void stepGroup(int delta);
    int currentRow() const;
    bool execute(DocumentCommand *command);

    CurationController *m_curation;
    QPointer<ProjectDocument> m_document;
    DuplicateGroupsModel *m_model;
    QComboBox *m_sensitivity;
    QPushButton *m_searchButton;
    QPushButton *m_applyAllButton;
    QLabel *m_status;
    QListView *m_groups;
    DuplicateMembersView *m_members;
    SimilarImagesStrip *m_similar;
    bool m_searched = false;
    bool m_searching = false;
};

} // namespace Atelier
