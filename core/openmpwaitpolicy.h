#pragma once

#include <QString>

namespace Atelier {

/// How OpenMP threads wait for work, which LibTorch's CPU kernels run on.
///
/// By default libgomp's idle threads spin for a while before they sleep. On a machine where
/// another program is busy, that spinning takes the cores it needs and two threads can run
/// four times slower than one. Sleeping at once (PASSIVE) costs little on a quiet machine.
/// libgomp reads OMP_WAIT_POLICY once, as it loads, before main() runs: so the executables
/// set it and start themselves again, unless the user chose a policy.
class OpenMpWaitPolicy
{
public:
    /// Called first thing in main(): when OMP_WAIT_POLICY is unset, sets it to PASSIVE and
    /// replaces the process with a fresh copy of itself (same arguments). Returns when the
    /// policy was already set or the restart failed (the program then goes on as it is).
    static void ensurePassive(char *argv[]);
    /// The policy in effect, for logs: "passive", "active" or "default".
    static QString current();
};

} // namespace Atelier
