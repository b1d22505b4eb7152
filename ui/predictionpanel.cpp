#include "predictionpanel.h"

#include "error.h"
#include "evaluationcontroller.h"
#include "imagepreview.h"
#include "predictionbars.h"
#include "predictionservice.h"
#include "similarimagesindex.h"
#include "previewloader.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "uicolors.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {
constexpr int NeighbourSize = 72;
const QColor UnsureColor(0xb0, 0x78, 0x10);
// Pasted images that are added to the project are written here, beside the project file.
const QString PastedFolder = QStringLiteral("pasted images");
} // namespace

PredictionPanel::PredictionPanel(EvaluationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_service(new PredictionService(this))
    , m_loader(new PreviewLoader(this))
    , m_title(new QLabel(this))
    , m_image(new ImagePreview(this))
    , m_verdict(new QLabel(this))
    , m_verdictNote(new QLabel(this))
    , m_bars(new PredictionBars(this))
    , m_neighboursTitle(new QLabel(tr("Most similar images in the project"), this))
    , m_neighbours(new QListWidget(this))
    , m_footer(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add to Project"), this))
{
    setObjectName(QStringLiteral("predictionPanel"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_image->setObjectName(QStringLiteral("predictionImage"));
    m_image->setMinimumHeight(160);
    m_loader->setMaxSide(800);
    connect(m_loader, &PreviewLoader::previewReady, this, [this](qint64, const QImage &image) { m_image->setImage(image); });
    connect(m_loader, &PreviewLoader::previewFailed, this,
            [this](qint64, const QString &reason) { m_image->setFailure(reason); });

    m_verdict->setObjectName(QStringLiteral("predictionVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_verdictNote->setObjectName(QStringLiteral("predictionVerdictNote"));
    m_verdictNote->setWordWrap(true);

    m_neighbours->setObjectName(QStringLiteral("predictionNeighbours"));
    m_neighbours->setViewMode(QListView::IconMode);
    m_neighbours->setIconSize(QSize(NeighbourSize, NeighbourSize));
    m_neighbours->setGridSize(QSize(NeighbourSize + 36, NeighbourSize + 34));
    m_neighbours->setResizeMode(QListView::Adjust);
    m_neighbours->setMovement(QListView::Static);
    m_neighbours->setWordWrap(true);
    m_neighbours->setUniformItemSizes(true);
    m_neighbours->setAccessibleName(tr("Most similar images in the project"));
    m_neighbours->setToolTip(tr("Click an image to find it in the grid"));
    connect(m_neighbours, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit selectImagesRequested({item->data(Qt::UserRole).toLongLong()});
    });
    QPalette muted = m_neighboursTitle->palette();
    muted.setColor(QPalette::WindowText, UiColors::mutedText(palette()));
    m_neighboursTitle->setPalette(muted);
    m_footer->setPalette(muted);
    m_verdictNote->setPalette(muted);
    m_footer->setObjectName(QStringLiteral("predictionRun"));
    m_footer->setWordWrap(true);

    m_addButton->setObjectName(QStringLiteral("addPredictedImage"));
    m_addButton->setToolTip(tr("Import this image into the project"));
    connect(m_addButton, &QPushButton::clicked, this, &PredictionPanel::addToProject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_image, 2);
    layout->addWidget(m_verdict);
    layout->addWidget(m_verdictNote);
    layout->addWidget(m_bars);
    layout->addSpacing(6);
    layout->addWidget(m_neighboursTitle);
    layout->addWidget(m_neighbours, 1);
    layout->addWidget(m_footer);
    layout->addLayout(buttons);

    connect(m_service, &PredictionService::predicted, this, &PredictionPanel::showPrediction);
    connect(m_service, &PredictionService::predictionFailed, this, &PredictionPanel::showFailure);
    connect(m_service, &PredictionService::loadStarted, this, [this](qint64 runId) {
        if (m_request != 0 && runId == m_runId)
            setVerdict(tr("Loading the run's classifier…"), UiColors::mutedText(palette()));
    });
    connect(m_service, &PredictionService::loaded, this,
            [this](qint64 runId, const QString &name, qint64 ms, double threshold) {
                qInfo("Prediction: run %lld (%s) loaded in %lld ms", runId, qPrintable(name), ms);
                m_unsureThresholds.insert(runId, threshold);
                if (runId == m_runId) {
                    m_runName = name;
                    updateFooter();
                }
            });
    connect(m_service, &PredictionService::loadFailed, this, [this](qint64 runId, const QString &message) {
        if (runId == m_runId && m_request == 0)
            m_footer->setText(tr("The run's classifier could not be loaded: %1").arg(message));
    });
    // The run looked at in the Evaluation tab is the one asked next: have it ready.
    connect(m_controller, &EvaluationController::currentRunChanged, this, &PredictionPanel::preload);
    showIdle();
}

PredictionPanel::~PredictionPanel() = default;

void PredictionPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_service->setProject(document ? document->filePath() : QString());
    m_request = 0;
    m_runId = 0;
    m_unsureThresholds.clear();
    m_prediction.reset();
    m_filePath.clear();
    m_pasted = QImage();
    showIdle();
}

bool PredictionPanel::isImageFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                                      QStringLiteral("webp")};
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

bool PredictionPanel::canPredict() const
{
    return m_document && m_controller->predictionRunId() != 0;
}

void PredictionPanel::preload()
{
    if (canPredict())
        m_service->load(m_controller->predictionRunId());
}

bool PredictionPanel::predictFile(const QString &filePath)
{
    if (!canPredict())
        return false;
    m_filePath = QFileInfo(filePath).absoluteFilePath();
    m_pasted = QImage();
    m_image->clear();
    m_loader->load(-1, m_filePath);
    ask(QFileInfo(filePath).fileName());
    m_request = m_service->predictFile(m_runId, m_filePath);
    return true;
}

bool PredictionPanel::predictImage(const QImage &image)
{
    if (!canPredict() || image.isNull())
        return false;
    m_filePath.clear();
    m_pasted = image;
    m_loader->cancel();
    m_image->setImage(image);
    ask(tr("Pasted image, %1 × %2").arg(image.width()).arg(image.height()));
    m_request = m_service->predictImage(m_runId, image);
    return true;
}

void PredictionPanel::ask(const QString &title)
{
    const qint64 runId = m_controller->predictionRunId();
    if (runId != m_runId) {
        m_runId = runId;
        m_runName.clear();
        if (const EvaluatedRun *run = m_controller->run(runId))
            m_runName = run->run.name;
    }
    m_title->setText(title);
    m_similarRequest = 0;
    m_neighboursTitle->setText(tr("Most similar images in the project"));
    m_prediction.reset();
    m_bars->clear();
    m_neighbours->clear();
    m_neighboursTitle->hide();
    m_addButton->setEnabled(false);
    setVerdict(tr("Looking…"), UiColors::mutedText(palette()));
    m_verdictNote->hide();
    updateFooter();
}

void PredictionPanel::showPrediction(int request, const Prediction &prediction, qint64 milliseconds)
{
    if (request != m_request)
        return; // an older question, overtaken by a newer one
    m_request = 0;
    m_latencyMs = milliseconds;
    qInfo("Prediction: answered in %lld ms (run %lld)", milliseconds, m_runId);
    m_prediction = prediction;
    if (prediction.top.isEmpty()) {
        setVerdict(tr("No answer"), UiColors::mutedText(palette()));
    } else if (prediction.unsure) {
        // Said plainly: the first bar is not an answer here.
        setVerdict(tr("Not sure — closest classes:"), UnsureColor);
        const double threshold = m_unsureThresholds.value(m_runId, 0.0);
        if (threshold > 0) {
            m_verdictNote->setText(tr("This run is trusted from %1 up, as measured on its validation images.")
                                       .arg(QLocale().toString(threshold * 100, 'f', threshold > 0.999 ? 3 : threshold > 0.99 ? 2 : 0)
                                            + QLatin1Char('%')));
            m_verdictNote->show();
        }
    } else {
        setVerdict(prediction.top.constFirst().name, palette().color(QPalette::Text));
    }
    m_bars->setScores(prediction.top, prediction.unsure);
    showNeighbours(prediction.neighbours);
    if (prediction.neighbours.isEmpty())
        askSimilarImages();
    m_addButton->setEnabled(m_document != nullptr);
    updateFooter();
    emit answered();
}

void PredictionPanel::showFailure(int request, const QString &message)
{
    if (request != m_request)
        return;
    m_request = 0;
    setVerdict(tr("No answer: %1").arg(message), QColor(0xd0, 0x3b, 0x3b));
    m_addButton->setEnabled(m_document != nullptr && !m_filePath.isEmpty());
    updateFooter();
    emit answered();
}

void PredictionPanel::showNeighbours(const QList<Neighbour> &neighbours)
{
    m_neighbours->clear();
    m_neighboursTitle->setVisible(!neighbours.isEmpty());
    if (!m_document)
        return;
    ProjectStore &store = m_document->store();
    QHash<qint64, QString> classNames;
    try {
        for (const ClassInfo &info : store.classes())
            classNames.insert(info.id, info.name);
        for (const Neighbour &neighbour : neighbours) {
            const auto record = store.image(neighbour.imageId);
            if (!record)
                continue; // removed since the run was evaluated
            QPixmap pixmap;
            pixmap.loadFromData(store.thumbnail(neighbour.imageId), "JPEG");
            const QString label = record->classId != 0 ? classNames.value(record->classId) : tr("unlabelled");
            auto *item = new QListWidgetItem(pixmap.isNull() ? QIcon() : QIcon(pixmap), label);
            item->setData(Qt::UserRole, neighbour.imageId);
            item->setToolTip(tr("%1\n%2 · similarity %3")
                                 .arg(QFileInfo(record->path).fileName(), label,
                                      QLocale().toString(double(neighbour.similarity), 'f', 2)));
            m_neighbours->addItem(item);
        }
    } catch (const Error &) {
        // The answer stands without its neighbours.
    }
}

void PredictionPanel::setSimilarImages(SimilarImagesIndex *index)
{
    if (m_similarImages)
        disconnect(m_similarImages, nullptr, this, nullptr);
    m_similarImages = index;
    if (!index)
        return;
    connect(index, &SimilarImagesIndex::fileAnswered, this, [this](int request, const QList<Neighbour> &neighbours) {
        if (request != m_similarRequest)
            return;
        m_similarRequest = 0;
        showNeighbours(neighbours);
        m_neighboursTitle->setText(tr("Similar images in the project, as a pretrained network sees them"));
    });
    connect(index, &SimilarImagesIndex::fileFailed, this, [this](int request, const QString &message) {
        if (request != m_similarRequest)
            return;
        m_similarRequest = 0;
        m_neighboursTitle->setText(tr("No similar images: %1").arg(message));
        m_neighboursTitle->show();
    });
}

void PredictionPanel::askSimilarImages()
{
    // The run kept no embeddings of its images: a pretrained network can still find look-alikes.
    if (!m_similarImages || m_filePath.isEmpty() || !SimilarImagesIndex::backboneAvailable())
        return;
    m_neighboursTitle->setText(tr("Looking for similar images in the project…"));
    m_neighboursTitle->show();
    m_similarRequest = m_similarImages->similarToFile(m_filePath, PredictionService::Neighbours);
}

void PredictionPanel::showIdle()
{
    m_title->setText(tr("Prediction"));
    m_image->setMessage(tr("Drop an image file on the window, or paste one with Ctrl+V, to see what the run's "
                           "classifier makes of it."));
    m_verdict->clear();
    m_verdictNote->hide();
    m_bars->clear();
    m_neighbours->clear();
    m_neighboursTitle->hide();
    m_addButton->setEnabled(false);
    updateFooter();
}

void PredictionPanel::setVerdict(const QString &text, const QColor &color)
{
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText, color);
    m_verdict->setPalette(palette);
    m_verdict->setText(text);
}

void PredictionPanel::updateFooter()
{
    const qint64 runId = m_runId != 0 ? m_runId : m_controller->predictionRunId();
    if (!m_document || runId == 0) {
        m_footer->setText(m_document ? tr("No evaluated run yet: train one, and it is evaluated when it ends.") : QString());
        return;
    }
    QString text;
    if (const EvaluatedRun *run = m_controller->run(runId))
        text = tr("Run %1").arg(EvaluationController::runTitle(run->run));
    else
        text = tr("Run #%1").arg(runId);
    if (m_request == 0 && m_latencyMs >= 0 && m_prediction)
        text += QStringLiteral(" · ") + tr("answered in %1 ms").arg(m_latencyMs);
    m_footer->setText(text);
}

void PredictionPanel::addToProject()
{
    if (!m_document)
        return;
    if (!m_filePath.isEmpty()) {
        emit importRequested({m_filePath});
        m_addButton->setEnabled(false);
        return;
    }
    if (m_pasted.isNull())
        return;
    // A pasted image has no file yet: it gets one beside the project, which the import then adds.
    const QDir projectDir = m_document->store().projectDir();
    if (!projectDir.mkpath(PastedFolder)) {
        emit failed(tr("Cannot add the image"), tr("The folder %1 cannot be created.")
                                                    .arg(QDir::toNativeSeparators(projectDir.filePath(PastedFolder))));
        return;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = projectDir.filePath(PastedFolder + QStringLiteral("/pasted-%1.png").arg(stamp));
    if (!m_pasted.save(path, "PNG")) {
        emit failed(tr("Cannot add the image"), tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_filePath = path;
    emit importRequested({path});
    m_addButton->setEnabled(false);
}

} // namespace Atelier
