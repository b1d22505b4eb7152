#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// features and similar: a pretrained backbone's features of a project's images, cached in the
/// project, and the images most similar to one.
std::vector<std::unique_ptr<Command>> transferCommands();

} // namespace Atelier
