#pragma once

#include "datasetsplit.h"

#include <QString>

namespace Atelier {

/// How the studio names the splits (the core's splitName() gives the names files and the
/// command line use).
namespace SplitNames {

QString displayName(Split split); ///< "Train", "Validation", "Test"
QString shortName(Split split);   ///< for badges: "Train", "Val", "Test"

} // namespace SplitNames
} // namespace Atelier
