#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// classes, label, split and mapping: the commands that organise a project's labels and splits.
std::vector<std::unique_ptr<Command>> labelCommands();

} // namespace Atelier
