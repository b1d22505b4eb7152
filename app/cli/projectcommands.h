#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// init, import, info, export and demo: the commands that create, fill and describe projects.
std::vector<std::unique_ptr<Command>> projectCommands();

} // namespace Atelier
