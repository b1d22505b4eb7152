#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// train and runs: training runs from YAML configs, and what they achieved.
std::vector<std::unique_ptr<Command>> trainingCommands();

} // namespace Atelier
