#pragma once

#include <QString>

namespace Atelier::Bench {

/// Peak resident memory of this process since start or the last resetPeakMemory(), in MiB.
double peakMemoryMiB();
/// Restarts the peak-memory measurement (Linux: /proc/self/clear_refs), so fixture generation
/// does not count against the measured work.
void resetPeakMemory();

/// Writes `count` JPEG scans of width x height with paper-like noise into `dir`, reusing files
/// already there (baseline JPEGs, or progressive ones). Returns the number of files.
int ensureScanFixtures(const QString &dir, int count, int width, int height, bool progressive = false);

/// Prints "name: value unit (goal ...: met/NOT met)".
void report(const char *name, double value, const char *unit, const char *goal = nullptr, bool met = true);

} // namespace Atelier::Bench
