#include "splitnames.h"

#include <QCoreApplication>

namespace Atelier::SplitNames {

QString displayName(Split split)
{
    switch (split) {
    case Split::Train:
        return QCoreApplication::translate("Atelier::SplitNames", "Train");
    case Split::Validation:
        return QCoreApplication::translate("Atelier::SplitNames", "Validation");
    case Split::Test:
        return QCoreApplication::translate("Atelier::SplitNames", "Test");
    }
    return QString();
}

QString shortName(Split split)
{
    switch (split) {
    case Split::Train:
        return QCoreApplication::translate("Atelier::SplitNames", "Train", "short, on a badge");
    case Split::Validation:
        return QCoreApplication::translate("Atelier::SplitNames", "Val", "short for validation, on a badge");
    case Split::Test:
        return QCoreApplication::translate("Atelier::SplitNames", "Test", "short, on a badge");
    }
    return QString();
}

} // namespace Atelier::SplitNames
