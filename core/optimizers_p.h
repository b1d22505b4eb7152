#pragma once

// Private to the core: includes LibTorch. The optimizers of Trainer and HeadTrainer.

#include "trainingconfig.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace Atelier {

/// The config's optimizer over parameter groups (a single group: every parameter alike).
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerConfig &config,
                                                       std::vector<torch::optim::OptimizerParamGroup> groups);
/// Sets each group's learning rate: `rate` times the group's factor (1 where none is given).
void setLearningRate(torch::optim::Optimizer &optimizer, double rate, const std::vector<double> &factors = {});

} // namespace Atelier
