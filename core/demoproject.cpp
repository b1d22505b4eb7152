#include "demoproject.h"

#include "error.h"
#include "importtask.h"
#include "progress.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace Atelier {

namespace {

using Rng = std::mt19937;

int uniform(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

cv::Scalar jitter(Rng &rng, cv::Scalar bgr, int amount)
{
    for (int i = 0; i < 3; ++i)
        bgr[i] = std::clamp(bgr[i] + uniform(rng, -amount, amount), 0.0, 255.0);
    return bgr;
}

void verticalGradient(cv::Mat &image, cv::Scalar top, cv::Scalar bottom, int fromY, int toY)
{
    for (int y = fromY; y < toY; ++y) {
        const double t = double(y - fromY) / std::max(1, toY - fromY - 1);
        cv::line(image, {0, y}, {image.cols - 1, y}, top * (1 - t) + bottom * t);
    }
}

void centredText(cv::Mat &image, const std::string &text, int y, double scale, cv::Scalar color, int thickness,
                 int font = cv::FONT_HERSHEY_TRIPLEX)
{
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, font, scale, thickness, &baseline);
    cv::putText(image, text, {(image.cols - size.width) / 2, y}, font, scale, color, thickness, cv::LINE_AA);
}

const char *const words[] = {"SALON", "GRANDE FETE", "EXPOSITION", "THEATRE", "OPERA", "LE JOURNAL",
                             "CHAMPAGNE", "BICYCLETTES", "CHOCOLAT", "MUSEE", "REVUE", "SAISON"};

// Flowing curves, an arch and a figure in muted, warm tones.
void drawArtNouveau(cv::Mat &image, Rng &rng)
{
    const int w = image.cols, h = image.rows;
    image.setTo(jitter(rng, {190, 222, 236}, 12));
    const cv::Scalar green = jitter(rng, {90, 130, 80}, 20);
    const cv::Scalar gold = jitter(rng, {60, 160, 200}, 20);
    cv::rectangle(image, {w / 14, h / 16}, {w - w / 14, h - h / 16}, gold, 6, cv::LINE_AA);
    cv::ellipse(image, {w / 2, h / 2}, {w / 3, h / 3}, 0, 180, 360, green, 10, cv::LINE_AA);
    for (int i = 0; i < 7; ++i) {
        const cv::Point centre(uniform(rng, w / 6, 5 * w / 6), uniform(rng, h / 4, 3 * h / 4));
        cv::ellipse(image, centre, {uniform(rng, w / 12, w / 5), uniform(rng, h / 20, h / 8)}, uniform(rng, 0, 180),
                    0, 300, i % 2 ? green : gold, uniform(rng, 2, 5), cv::LINE_AA);
    }
    cv::circle(image, {w / 2, h * 2 / 5}, w / 9, jitter(rng, {170, 190, 230}, 15), cv::FILLED, cv::LINE_AA);
    cv::ellipse(image, {w / 2, h * 3 / 5}, {w / 6, h / 5}, 0, 0, 360, jitter(rng, {120, 150, 200}, 20), cv::FILLED,
                cv::LINE_AA);
    centredText(image, words[uniform(rng, 0, 11)], h * 7 / 8, w / 420.0, green, 2, cv::FONT_HERSHEY_SCRIPT_COMPLEX);
}

// Dark ground, spotlight, bold diagonal shapes and large bright lettering.
void drawCabaret(cv::Mat &image, Rng &rng)
{
    const int w = image.cols, h = image.rows;
    image.setTo(jitter(rng, {25, 20, 30}, 15));
    const cv::Scalar red = jitter(rng, {40, 40, 210}, 25);
    const cv::Scalar yellow = jitter(rng, {40, 210, 245}, 15);
    cv::circle(image, {uniform(rng, w / 3, 2 * w / 3), h / 3}, w / 3, jitter(rng, {70, 90, 120}, 20), cv::FILLED,
               cv::LINE_AA);
    const cv::Point diagonal[] = {{0, h * 2 / 3}, {w, h / 3}, {w, h / 3 + h / 8}, {0, h * 2 / 3 + h / 8}};
    cv::fillConvexPoly(image, diagonal, 4, red, cv::LINE_AA);
    for (int i = 0; i < 4; ++i)
        cv::line(image, {uniform(rng, 0, w), 0}, {uniform(rng, 0, w), h}, yellow, 3, cv::LINE_AA);
    centredText(image, "CABARET", h / 7, w / 220.0, yellow, 4);
    centredText(image, words[uniform(rng, 0, 11)], h * 7 / 8, w / 320.0, {240, 240, 240}, 2);
}

// Sky gradient, sun, mountains or sea, a title band at the bottom.
void drawTravel(cv::Mat &image, Rng &rng)
{
    const int w = image.cols, h = image.rows;
    verticalGradient(image, jitter(rng, {220, 160, 60}, 25), jitter(rng, {240, 220, 180}, 15), 0, h * 3 / 5);
    verticalGradient(image, jitter(rng, {160, 110, 30}, 20), jitter(rng, {110, 70, 20}, 15), h * 3 / 5, h);
    cv::circle(image, {uniform(rng, w / 5, 4 * w / 5), uniform(rng, h / 8, h / 3)}, w / 10,
               jitter(rng, {80, 200, 250}, 10), cv::FILLED, cv::LINE_AA);
    for (int i = 0; i < 3; ++i) {
        const int peakX = uniform(rng, 0, w), peakY = uniform(rng, h / 3, h / 2);
        const cv::Point mountain[] = {{peakX - w / 2, h * 3 / 5}, {peakX, peakY}, {peakX + w / 2, h * 3 / 5}};
        cv::fillConvexPoly(image, mountain, 3, jitter(rng, {120, 120, 110}, 25), cv::LINE_AA);
    }
    // The title band is printed in a strong colour, as on real travel posters.
    cv::rectangle(image, {0, h * 5 / 6}, {w, h}, jitter(rng, {50, 70, 170}, 20), cv::FILLED);
    centredText(image, words[uniform(rng, 0, 11)], h * 11 / 12, w / 360.0, jitter(rng, {210, 240, 250}, 10), 2);
}

// Museums add strips to their scans: catalogue text, sometimes a row of colour patches.
void addCatalogueStrip(cv::Mat &image, Rng &rng, int index)
{
    const int strip = image.rows / uniform(rng, 9, 14);
    cv::Mat bordered(image.rows + strip, image.cols, image.type(), jitter(rng, {235, 242, 245}, 6));
    image.copyTo(bordered(cv::Rect(0, 0, image.cols, image.rows)));
    const std::string catalogue = "Inv. " + std::to_string(1890 + index % 30) + "." + std::to_string(10 + index);
    cv::putText(bordered, catalogue, {12, image.rows + strip * 2 / 3}, cv::FONT_HERSHEY_SIMPLEX, strip / 60.0,
                {60, 60, 60}, 1, cv::LINE_AA);
    if (index % 2 == 0) {
        const cv::Scalar patches[] = {{0, 0, 0}, {255, 255, 255}, {0, 0, 255}, {0, 255, 0}, {255, 0, 0}, {0, 255, 255}};
        const int size = strip / 2;
        for (int i = 0; i < 6; ++i) {
            const cv::Point corner(image.cols - (6 - i) * (size + 4) - 8, image.rows + strip / 4);
            cv::rectangle(bordered, corner, corner + cv::Point(size, size), patches[i], cv::FILLED);
        }
    }
    image = bordered;
}

} // namespace

QStringList DemoProject::classNames()
{
    return {QStringLiteral("Art Nouveau"), QStringLiteral("Cabaret"), QStringLiteral("Travel")};
}

QString DemoProject::write(const QString &dir, const Params &params, ProgressObserver *observer)
{
    QDir root(dir);
    const QString projectPath = root.absoluteFilePath(QStringLiteral("demo.atelier"));
    if (QFileInfo::exists(projectPath))
        throw Error::badInput(tr("%1 already holds a demo project (%2)").arg(root.absolutePath(), projectPath));
    if (!QDir().mkpath(root.absoluteFilePath(QStringLiteral("images"))))
        throw Error::failure(tr("Cannot create %1").arg(root.absoluteFilePath(QStringLiteral("images"))));

    using Painter = void (*)(cv::Mat &, Rng &);
    const Painter painters[] = {drawArtNouveau, drawCabaret, drawTravel};
    const QStringList names = classNames();
    const int total = params.imagesPerClass * int(names.size());
    if (observer)
        observer->phase(tr("Drawing posters"), total);

    Rng rng(params.seed);
    int done = 0;
    for (int c = 0; c < names.size(); ++c) {
        const QString classDir = root.absoluteFilePath(QStringLiteral("images/") + names[c]);
        QDir().mkpath(classDir);
        for (int i = 0; i < params.imagesPerClass; ++i) {
            if (observer && observer->isCanceled())
                throw Error::badInput(tr("Canceled"));
            const int width = uniform(rng, 440, 540);
            const int height = width * uniform(rng, 135, 150) / 100;
            cv::Mat poster(height, width, CV_8UC3);
            painters[c](poster, rng);
            if (uniform(rng, 0, 3) == 0)
                addCatalogueStrip(poster, rng, i);
            std::vector<uchar> jpeg;
            cv::imencode(".jpg", poster, jpeg, {cv::IMWRITE_JPEG_QUALITY, 90});
            QFile file(QStringLiteral("%1/%2-%3.jpg").arg(classDir, names[c].toLower().remove(QLatin1Char(' '))).arg(i + 1, 2, 10, QLatin1Char('0')));
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size())) != qint64(jpeg.size()))
                throw Error::failure(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            if (observer)
                observer->progress(++done, total);
        }
    }

    ProjectStore::create(projectPath).reset();
    ImportParams import;
    import.inputs = {root.absoluteFilePath(QStringLiteral("images"))};
    ImportTask(projectPath, import).run(observer);
    return projectPath;
}

} // namespace Atelier
