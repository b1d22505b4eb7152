#include "openmpwaitpolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace Atelier {

namespace {
constexpr char VariableName[] = "OMP_WAIT_POLICY";
}

void OpenMpWaitPolicy::ensurePassive(char *argv[])
{
#ifdef Q_OS_LINUX
    if (std::getenv(VariableName) || !argv || !argv[0])
        return;
    if (::setenv(VariableName, "PASSIVE", 1) != 0)
        return;
    // The variable is now set: the new image does not come back here.
    ::execv("/proc/self/exe", argv);
    // execv returned: it failed. Run on with libgomp's default; report it as such.
    ::unsetenv(VariableName);
#else
    Q_UNUSED(argv)
#endif
}

QString OpenMpWaitPolicy::current()
{
    const char *value = std::getenv(VariableName);
    if (!value || !*value)
        return QStringLiteral("default");
    return QString::fromLocal8Bit(value).toLower();
}

} // namespace Atelier
