#include "computeruntime.h"

#include <QFile>
#include <QThread>

#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace Atelier {

int ComputeRuntime::setThreadCount(int requested)
{
    const int count = requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
    torch::set_num_threads(count);
    return torch::get_num_threads();
}

namespace {

QString loadedBlasLibrary()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray path = line.mid(line.indexOf('/'));
        if (line.indexOf('/') >= 0 && (path.contains("libblas") || path.contains("openblas") || path.contains("libmkl")))
            return QString::fromLocal8Bit(path.trimmed());
    }
    return {};
}

} // namespace

RuntimeInfo ComputeRuntime::info()
{
    RuntimeInfo info;
    info.torchVersion = QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    info.openCvVersion = QString::fromLatin1(CV_VERSION);
    info.threads = torch::get_num_threads();
    info.blasLibrary = loadedBlasLibrary();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    return info;
}

} // namespace Atelier
