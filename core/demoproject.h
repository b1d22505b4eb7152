#pragma once

#include <QCoreApplication>
#include <QString>

namespace Atelier {

class ProgressObserver;

/// Writes a small synthetic project of poster-like images in three classes, for trying the studio.
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::DemoProject)

public:
    struct Params
    {
        int imagesPerClass = 24;
        quint32 seed = 1;
    };

    /// Writes images under `dir/images/<class>/` and imports them into `dir/demo.atelier`.
    /// Returns the project file's path. Refuses a folder that already holds a demo project.
    static QString write(const QString &dir, const Params &params, ProgressObserver *observer = nullptr);
    static QString write(const QString &dir) { return write(dir, Params()); }

    static QStringList classNames();
};

} // namespace Atelier
