#include "computeruntime.h"
#include "mainwindow.h"
#include "openmpwaitpolicy.h"
#include "pluginmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

/// Loads the studio's translation for the user's language, and Qt's own for its dialogs.
/// English has a file too: it holds the plural forms ("1 image", "2 images").
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *studio = new QTranslator(&app);
    if (studio->load(locale, QStringLiteral("atelier"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || studio->load(QStringLiteral("atelier_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(studio);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/atelier-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    Atelier::OpenMpWaitPolicy::ensurePassive(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Atelier"));
    QApplication::setOrganizationDomain(QStringLiteral("atelier.invalid"));
    QApplication::setApplicationName(QStringLiteral("Atelier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Atelier"));
    QApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("atelier"));
    QApplication::setWindowIcon(applicationIcon());
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Curate, label and train image classifiers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "The project to open (*.atelier)."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    // LibTorch starts with one thread; training and import use every core.
    Atelier::ComputeRuntime::setThreadCount(0);
    Atelier::PluginManager::instance().loadPlugins();

    Atelier::MainWindow window;
    window.show();

    const QStringList projects = parser.positionalArguments();
    if (!projects.isEmpty())
        window.openProject(QFileInfo(projects.constFirst()).absoluteFilePath());
    else
        window.restoreLastProject();

    return app.exec();
}
