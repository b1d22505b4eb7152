#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// predict, evaluate, export-model and label-errors: a trained run at work.
std::vector<std::unique_ptr<Command>> evaluationCommands();

} // namespace Atelier
