#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// dedup and crop: the commands that help curate a collection (duplicates, museum borders).
std::vector<std::unique_ptr<Command>> curationCommands();

} // namespace Atelier
