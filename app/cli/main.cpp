#include "commandregistry.h"
#include "openmpwaitpolicy.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Atelier::OpenMpWaitPolicy::ensurePassive(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationName(QStringLiteral("atelier-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));

    const Atelier::CommandRegistry registry;
    return registry.run(QCoreApplication::arguments());
}
