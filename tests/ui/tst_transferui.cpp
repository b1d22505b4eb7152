// The studio's transfer learning: the Train form's three kinds of run over the YAML, the list of
// installed backbones (a damaged one included, and none at all), and similar images in the
// duplicates view, on a small random backbone written into a temporary backbone folder.

#include "colourprojects.h"
#include "duplicatemembersview.h"
#include "duplicatesview.h"
#include "duplicategroupsmodel.h"
#include "curationcontroller.h"
#include "importtask.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectstore.h"
#include "qcustomplotheader.h"
#include "runstore.h"
#include "similarimagesindex.h"
#include "similarimagesstrip.h"
#include "thumbnailgridview.h"
#include "trainingconfigyaml.h"
#include "trainingcontroller.h"
#include "trainingcurvesview.h"
#include "trainingform.h"
#include "trainingrunsmodel.h"
#include "trainpanel.h"
#include "transfersettings.h"
#include "testbackbones.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Atelier;

namespace {

const QString TinyName = QStringLiteral("tiny");

template <typename T>
T *field(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no field %s", name);
    return widget;
}

/// Whether the form row of this field is shown (the field itself is hidden with the whole row).
bool rowShown(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *form = qobject_cast<QFormLayout *>(parent->layout()); form && form->indexOf(widget) >= 0)
            return form->isRowVisible(widget) && parent->isVisibleTo(widget->window());
    return false;
}

} // namespace

class TestTransferUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void backbonesAreListedByName();
    void quickModeRoundTripsWithYaml();
    void fineTuneModeRoundTripsWithYaml();
    void noBackboneDisablesTransferModes();
    void quickRunTrainsFromThePanel();
    void duplicatesViewListsSimilarImages();

private:
    QTemporaryDir m_backbones;
};

void TestTransferUi::initTestCase()
{
    QVERIFY(m_backbones.isValid());
    qputenv("ATELIER_BACKBONE_DIR", m_backbones.path().toLocal8Bit());
    TestBackbones::write(m_backbones.filePath(TinyName + QStringLiteral(".backbone")), TinyName, 3);
    QFile damaged(m_backbones.filePath(QStringLiteral("broken.backbone")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("\x10\x00\x00\x00\x00\x00\x00\x00{not json at all", 24);
}

void TestTransferUi::backbonesAreListedByName()
{
    TrainingForm form;
    auto *backbone = field<QComboBox>(form, "backbone");
    QCOMPARE(backbone->count(), 2);
    const int broken = backbone->findData(QStringLiteral("broken"));
    const int tiny = backbone->findData(TinyName);
    QVERIFY(broken >= 0 && tiny >= 0);
    auto *model = qobject_cast<QStandardItemModel *>(backbone->model());
    QVERIFY(model->item(tiny)->isEnabled());
    // The damaged file is listed, cannot be chosen, and says why.
    QVERIFY(!model->item(broken)->isEnabled());
    QVERIFY(backbone->itemText(broken).contains(QLatin1String("damaged")));
    QVERIFY(!backbone->itemData(broken, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(form.transferSettings()->suggestedBackbone(), TinyName);
    QVERIFY(field<QRadioButton>(form, "modeFeatures")->isEnabled());
    QVERIFY(field<QRadioButton>(form, "modeFineTune")->isEnabled());
    QVERIFY(field<QLabel>(form, "noBackboneHint")->isHidden());
}

void TestTransferUi::quickModeRoundTripsWithYaml()
{
    TrainingForm form;
    form.resize(500, 900);
    form.show();
    QCOMPARE(form.config().mode, TrainingMode::Scratch);
    QVERIFY(field<QRadioButton>(form, "modeScratch")->isChecked());
    QVERIFY(!rowShown(field<QComboBox>(form, "backbone")));
    QVERIFY(field<QComboBox>(form, "architecture")->isEnabled());

    // One click: a quick run on the installed backbone, with the quick run's figures.
    field<QRadioButton>(form, "modeFeatures")->click();
    TrainingConfig config = form.config();
    QCOMPARE(config.mode, TrainingMode::Features);
    QCOMPARE(config.transfer.backbone, TinyName);
    QVERIFY(config.epochs != TrainingForm::defaultConfig().epochs);
    QVERIFY(form.isValid());
    TrainingConfig parsed = TrainingConfigYaml::parse(form.yamlText());
    QCOMPARE(parsed.mode, TrainingMode::Features);
    QCOMPARE(parsed.transfer.backbone, TinyName);
    QCOMPARE(parsed.epochs, config.epochs);

    // Only the quick settings are shown; the backbone decides the network and its input.
    QVERIFY(rowShown(field<QComboBox>(form, "backbone")));
    QVERIFY(rowShown(field<QComboBox>(form, "head")));
    QVERIFY(rowShown(field<QSpinBox>(form, "augmentedCopies")));
    QVERIFY(!rowShown(field<QSpinBox>(form, "unfreezeBlocks")));
    QVERIFY(!rowShown(field<QComboBox>(form, "batchNorm")));
    QVERIFY(!field<QComboBox>(form, "architecture")->isEnabled());
    QVERIFY(!field<QSpinBox>(form, "inputSize")->isEnabled());
    QCOMPARE(field<QSpinBox>(form, "inputSize")->value(), 64); // the tiny backbone's
    QCOMPARE(form.config().model.inputSize, TrainingForm::defaultConfig().model.inputSize); // the config keeps its own

    // Fields edit the YAML.
    QVERIFY(!field<QSpinBox>(form, "hiddenUnits")->isEnabled());
    auto *head = field<QComboBox>(form, "head");
    head->setCurrentIndex(head->findData(int(HeadKind::Mlp)));
    emit head->activated(head->currentIndex());
    QVERIFY(field<QSpinBox>(form, "hiddenUnits")->isEnabled());
    field<QSpinBox>(form, "hiddenUnits")->setValue(64);
    field<QSpinBox>(form, "augmentedCopies")->setValue(3);
    parsed = TrainingConfigYaml::parse(form.yamlText());
    QCOMPARE(parsed.transfer.head, HeadKind::Mlp);
    QCOMPARE(parsed.transfer.hiddenUnits, 64);
    QCOMPARE(parsed.transfer.augmentedCopies, 3);

    // The YAML edits the fields.
    QVERIFY(form.setYaml(QStringLiteral("mode: features\ntransfer: {backbone: tiny, head: linear, augmented_copies: 5}\n")));
    QCOMPARE(head->currentData().toInt(), int(HeadKind::Linear));
    QCOMPARE(field<QSpinBox>(form, "augmentedCopies")->value(), 5);
    QVERIFY(field<QRadioButton>(form, "modeFeatures")->isChecked());

    // Back to scratch: the network fields come back, and untouched figures return to scratch's.
    QVERIFY(form.setYaml(QStringLiteral("mode: scratch\n")));
    field<QRadioButton>(form, "modeFeatures")->click();
    field<QRadioButton>(form, "modeScratch")->click();
    QCOMPARE(form.config().mode, TrainingMode::Scratch);
    QVERIFY(field<QComboBox>(form, "architecture")->isEnabled());
    QCOMPARE(form.config().epochs, TrainingConfig().epochs);
    QVERIFY(!rowShown(field<QComboBox>(form, "backbone")));
}

void TestTransferUi::fineTuneModeRoundTripsWithYaml()
{
    TrainingForm form;
    form.resize(500, 900);
    form.show();
    field<QSpinBox>(form, "epochs")->setValue(3); // the curator's choice survives the change of mode
    field<QRadioButton>(form, "modeFineTune")->click();
    QCOMPARE(form.config().mode, TrainingMode::FineTune);
    QCOMPARE(form.config().epochs, 3);
    QVERIFY(rowShown(field<QSpinBox>(form, "unfreezeBlocks")));
    QVERIFY(rowShown(field<QDoubleSpinBox>(form, "backboneLearningRateFactor")));
    QVERIFY(rowShown(field<QComboBox>(form, "batchNorm")));
    QVERIFY(!rowShown(field<QComboBox>(form, "head")));

    // "All" blocks is the spin box's lowest value, written as such.
    auto *blocks = field<QSpinBox>(form, "unfreezeBlocks");
    blocks->setValue(blocks->minimum());
    QCOMPARE(blocks->text(), blocks->specialValueText());
    QVERIFY(form.yamlText().contains(QLatin1String("unfreeze_blocks: all")));
    field<QDoubleSpinBox>(form, "backboneLearningRateFactor")->setValue(0.25);
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).transfer.backboneLearningRateFactor, 0.25);

    // The layer sits under Advanced, which a layer set in the YAML opens.
    auto *layer = field<QComboBox>(form, "layer");
    QVERIFY(!layer->isVisible());
    QVERIFY(form.setYaml(QStringLiteral("mode: fine_tune\ntransfer: {backbone: tiny, unfreeze_blocks: 3, "
                                        "backbone_lr_factor: 0.5, batch_norm: train, layer: block_3_add}\n")));
    QCOMPARE(blocks->value(), 3);
    QCOMPARE(field<QComboBox>(form, "batchNorm")->currentData().toInt(), int(BatchNormMode::Train));
    QVERIFY(form.transferSettings()->isAdvancedShown());
    QVERIFY(layer->isVisible());
    QCOMPARE(layer->currentData().toString(), QStringLiteral("block_3_add"));
    // The tiny backbone's layers are offered, after its default.
    QVERIFY(layer->itemText(0).contains(QLatin1String("block_6_expand_relu")));
    QVERIFY(layer->findData(QStringLiteral("block_6_expand_relu")) > 0);
    layer->setCurrentIndex(0);
    emit layer->activated(0);
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).transfer.layer, QString());
    const int other = layer->findData(QStringLiteral("block_5_add"));
    QVERIFY(other > 0);
    layer->setCurrentIndex(other);
    emit layer->activated(other);
    QCOMPARE(TrainingConfigYaml::parse(form.yamlText()).transfer.layer, QStringLiteral("block_5_add"));

    // A backbone that is not installed stays in the config, named so.
    QVERIFY(form.setYaml(QStringLiteral("mode: fine_tune\ntransfer: {backbone: elsewhere}\n")));
    QVERIFY(field<QComboBox>(form, "backbone")->currentText().contains(QLatin1String("not installed")));
    QCOMPARE(form.config().transfer.backbone, QStringLiteral("elsewhere"));
}

void TestTransferUi::noBackboneDisablesTransferModes()
{
    QTemporaryDir empty;
    qputenv("ATELIER_BACKBONE_DIR", empty.path().toLocal8Bit());
    TrainingForm form;
    qputenv("ATELIER_BACKBONE_DIR", m_backbones.path().toLocal8Bit());
    QVERIFY(!field<QRadioButton>(form, "modeFeatures")->isEnabled());
    QVERIFY(!field<QRadioButton>(form, "modeFineTune")->isEnabled());
    QVERIFY(field<QRadioButton>(form, "modeScratch")->isEnabled());
    auto *hint = field<QLabel>(form, "noBackboneHint");
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(QLatin1String("packaging/fetch-backbone.sh")));

    // Installed meanwhile: offered after a refresh.
    form.refreshBackbones();
    QVERIFY(field<QRadioButton>(form, "modeFeatures")->isEnabled());
    QVERIFY(hint->isHidden());
}

void TestTransferUi::quickRunTrainsFromThePanel()
{
    QTemporaryDir dir;
    const QString project = ColourProjects::makeProject(dir.path(), 6);
    ProjectDocument document(ProjectStore::open(project));
    TrainPanel panel;
    panel.resize(1200, 800);
    panel.setDocument(&document);
    QSignalSpy finished(panel.controller(), &TrainingController::finished);
    QSignalSpy failed(panel.controller(), &TrainingController::failed);

    // The form's defaults and one click on "Quick": nothing else to set. The linear head is
    // fitted exactly, so the optimizer's fields are off, and say why.
    field<QRadioButton>(panel, "modeFeatures")->click();
    QVERIFY(!field<QSpinBox>(panel, "epochs")->isEnabled());
    QVERIFY(!field<QWidget>(panel, "learningRate")->isEnabled());
    QVERIFY(field<QSpinBox>(panel, "epochs")->toolTip().contains(QLatin1String("weight penalties")));
    // A small network trains with the optimizer: its fields come back.
    auto *head = field<QComboBox>(panel, "head");
    head->setCurrentIndex(head->findData(int(HeadKind::Mlp)));
    Q_EMIT head->activated(head->currentIndex());
    QVERIFY(field<QSpinBox>(panel, "epochs")->isEnabled());
    QCOMPARE(field<QSpinBox>(panel, "epochs")->toolTip(), QStringLiteral("How many times the network sees every training image"));
    head->setCurrentIndex(head->findData(int(HeadKind::Linear)));
    Q_EMIT head->activated(head->currentIndex());
    QVERIFY(!field<QSpinBox>(panel, "epochs")->isEnabled());
    field<QSpinBox>(panel, "threads")->setValue(2);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QVERIFY2(finished.wait(120000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QCOMPARE(finished.first().first().value<TrainingResult>().status, RunStatus::Completed);
    const RunRecord *run = panel.runsModel()->run(0);
    QVERIFY(run);
    QCOMPARE(TrainingConfigYaml::parse(run->configText).mode, TrainingMode::Features);
    // A point per weight penalty tried, and no learning rate, which the plot says.
    QCOMPARE(panel.curves()->trainLossGraph()->dataCount(), 8);
    panel.curves()->replotNow();
    QVERIFY(panel.curves()->saysNoLearningRate());
    // Those points are penalties, not epochs: the runs list and the status line say so.
    const QModelIndex best = panel.runsModel()->index(0, TrainingRunsModel::BestColumn);
    QVERIFY2(best.data().toString().endsWith(QLatin1String("(fitted exactly)")), qPrintable(best.data().toString()));
    QVERIFY(!best.data().toString().contains(QLatin1String("epoch")));
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("(fitted exactly)")), qPrintable(panel.statusLabel()->text()));
}

void TestTransferUi::duplicatesViewListsSimilarImages()
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString project = ColourProjects::makeProject(dir.path(), 4);
    // An exact copy: a duplicate group whose other member the strip leaves out.
    const QString original = dir.filePath(QStringLiteral("images/red/0.png"));
    const QString copy = dir.filePath(QStringLiteral("copy.png"));
    QVERIFY(QFile::copy(original, copy));
    ImportParams params;
    params.inputs = {copy};
    QCOMPARE(ImportTask(project, params).run().added, 1);

    MainWindow window;
    window.setImportSummaryEnabled(false);
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openProject(project));
    DuplicatesView *view = window.duplicatesView();
    QSignalSpy found(view, &DuplicatesView::searchFinished);
    window.views()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasSearched() && !window.curation()->isBusy(), 60000);
    QCOMPARE(view->groupsModel()->rowCount(), 1);
    view->groupList()->setCurrentIndex(view->groupsModel()->index(0));
    const QList<DuplicateMember> copies = view->membersView()->members();
    QCOMPARE(copies.size(), 2);

    // The first time, the index is built on request, in the background.
    SimilarImagesStrip *strip = view->similarStrip();
    QCOMPARE(strip->imageId(), view->membersView()->currentImageId());
    QVERIFY(strip->findButton()->isVisible());
    QTest::mouseClick(strip->findButton(), Qt::LeftButton);
    QVERIFY(window.similarImages()->isBuilding());
    QTRY_VERIFY_WITH_TIMEOUT(window.similarImages()->isReady(), 60000);
    QVERIFY(!strip->findButton()->isVisible());

    // Similar images of the other colours' 12 and the red ones, without the copies.
    const QList<qint64> shown = strip->shownImages();
    QCOMPARE(shown.size(), SimilarImagesStrip::Count);
    for (const DuplicateMember &member : copies)
        QVERIFY(!shown.contains(member.imageId));
    const QList<Neighbour> expected = window.similarImages()->similarToImage(strip->imageId(), 20);
    QList<qint64> expectedIds;
    for (const Neighbour &neighbour : expected)
        if (neighbour.imageId != copies[0].imageId && neighbour.imageId != copies[1].imageId)
            expectedIds.append(neighbour.imageId);
    QCOMPARE(shown, expectedIds.mid(0, SimilarImagesStrip::Count));

    // Another copy chosen: the strip follows it.
    view->membersView()->setFocus();
    QTest::keyClick(view->membersView(), Qt::Key_Right);
    QTRY_COMPARE(strip->imageId(), view->membersView()->currentImageId());

    // A click shows the image in the grid.
    QListWidget *list = strip->list();
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(window.gridView()->selectedImageIds(), QList<qint64>{shown.first()});

    // Excluding an image changes the set: the index is forgotten and rebuilt unasked.
    window.document()->setExcluded({shown.last()}, true);
    QVERIFY(!window.similarImages()->isReady());
    window.views()->setCurrentWidget(view);
    view->groupList()->setCurrentIndex(view->groupsModel()->index(0));
    strip->showSimilarTo(0);
    strip->showSimilarTo(copies[0].imageId, {copies[0].imageId, copies[1].imageId});
    QTRY_VERIFY_WITH_TIMEOUT(window.similarImages()->isReady(), 60000);
    QTRY_VERIFY(!strip->shownImages().isEmpty());
    QVERIFY(!strip->shownImages().contains(shown.last()));
}

QTEST_MAIN(TestTransferUi)
#include "tst_transferui.moc"
