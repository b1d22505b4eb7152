#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace Atelier {

/// backbones: lists the pretrained backbones, imports weights into one, shows one, and
/// computes image features with one.
std::vector<std::unique_ptr<Command>> backboneCommands();

} // namespace Atelier
