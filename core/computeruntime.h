#pragma once

#include <QString>

namespace Atelier {

/// What the numeric engine runs on, as reported to users and logs.
struct RuntimeInfo
{
    QString torchVersion;
    QString openCvVersion;
    int threads = 0;        ///< LibTorch intra-op threads in use
    /// The BLAS library loaded into the process (Debian's LibTorch uses libblas.so.3, which the
    /// alternatives system points at OpenBLAS or at the slow reference BLAS).
    QString blasLibrary;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
};

/// Configures LibTorch and OpenCV threading. LibTorch starts with one thread here, so set it.
class ComputeRuntime
{
public:
    /// Sets the thread count (0 = one per core) and returns the count now in use.
    static int setThreadCount(int requested);
    static RuntimeInfo info();
};

} // namespace Atelier
