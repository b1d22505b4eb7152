#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace Atelier::Bench {

double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

namespace {

cv::Mat drawScan(int width, int height, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    cv::Mat scan(height, width, CV_8UC3, cv::Scalar(pick(150, 240), pick(150, 240), pick(150, 240)));
    for (int i = 0; i < 14; ++i) {
        const cv::Scalar color(pick(0, 255), pick(0, 255), pick(0, 255));
        if (i % 3 == 0)
            cv::circle(scan, {pick(0, width), pick(0, height)}, pick(width / 20, width / 4), color, cv::FILLED, cv::LINE_AA);
        else
            cv::rectangle(scan, cv::Rect(pick(0, width), pick(0, height), pick(width / 10, width / 2), pick(height / 12, height / 3)),
                          color, cv::FILLED);
    }
    cv::putText(scan, "AFFICHE " + std::to_string(seed), {width / 10, height * 9 / 10}, cv::FONT_HERSHEY_TRIPLEX,
                width / 300.0, {20, 20, 20}, 4, cv::LINE_AA);
    // Scans carry paper grain and sensor noise: it is what makes their JPEGs large.
    cv::Mat noise(height, width, CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(8));
    cv::Mat noisy;
    cv::add(scan, noise, noisy, cv::noArray(), CV_8UC3);
    cv::subtract(noisy, cv::Scalar::all(4), noisy);
    return noisy;
}

} // namespace

int ensureScanFixtures(const QString &dir, int count, int width, int height, bool progressive)
{
    QDir().mkpath(dir);
    std::atomic<int> next{0};
    std::atomic<int> written{0};
    auto worker = [&] {
        for (int i = next++; i < count; i = next++) {
            const QString path = QStringLiteral("%1/scan-%2.jpg").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
            if (QFile::exists(path))
                continue;
            std::vector<uchar> jpeg;
            cv::imencode(".jpg", drawScan(width, height, unsigned(i + 1)), jpeg,
                         {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_PROGRESSIVE, progressive ? 1 : 0});
            QFile file(path + QStringLiteral(".part"));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size()));
                file.close();
                file.rename(path);
                ++written;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, QThread::idealThreadCount()); ++t)
        threads.emplace_back(worker);
    for (auto &thread : threads)
        thread.join();
    if (written > 0)
        std::printf("prepared %d new fixture scans in %s\n", written.load(), qPrintable(dir));
    return count;
}

void report(const char *name, double value, const char *unit, const char *goal, bool met)
{
    if (goal)
        std::printf("%-40s %12.2f %-10s goal %s: %s\n", name, value, unit, goal, met ? "met" : "NOT met");
    else
        std::printf("%-40s %12.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace Atelier::Bench
