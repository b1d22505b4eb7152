#pragma once

#include <QDialog>

namespace Atelier {

/// Help ▸ About: the version, what the studio is built on (Qt, OpenCV, LibTorch) and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Atelier
