#pragma once

#include "backbonefile.h"

#include <QString>

#include <vector>

namespace Atelier {

/// One tensor of a PyTorch state dict, widened to float32, with the type it was stored as.
struct TorchTensor
{
    NamedTensor tensor;
    QString dtype; ///< "float32", "float16", "bfloat16", "float64", "int64", "int32", "int16", "int8", "uint8", "bool"
};

/// Reads the state dict in a file that torch.save wrote (PyTorch 1.6 or later: a zip of data.pkl
/// and one record per storage), such as torchvision's published .pth files.
///
/// LibTorch's own torch::pickle_load cannot be used: before 2.0 it turns the OrderedDict a state
/// dict is into None and lacks the SETITEM opcode. This reader runs a restricted unpickler
/// instead, which knows only the few Python names a state dict needs (OrderedDict, torch's tensor
/// rebuild functions and storage types, LibTorch's type tags) and refuses every other: a .pth
/// file is untrusted input,
/// and Python's pickle would run whatever code it names. Sizes are capped, zip entries must be
/// stored uncompressed (as torch.save writes them) with a matching CRC-32, and each tensor must
/// fit inside its storage. A dict that wraps the state dict under "state_dict" or "model", and a
/// "module." prefix on every key (DataParallel), are unwrapped. Errors are Error(BadInput).
class TorchArchive
{
public:
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

    static std::vector<TorchTensor> readStateDict(const QString &path);
};

} // namespace Atelier
