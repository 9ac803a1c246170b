#pragma once
// Whether a piece of work grows in proportion to its input. It times a run on `copies` of a
// text and on four times as many, and reports when the larger one took far more than four
// times as long. It compares two runs rather than setting a time limit, and counts the
// processor time the program used rather than the clock's: other programs busy on the machine
// (a parallel build, CI) then slow neither run, while one step that is quadratic still shows
// up as about sixteen times. (How fast the extractor is belongs in tests/bench.)

#include <QString>

#include <algorithm>
#include <ctime>

namespace dealdesk::test {

// `run(n)` does the work on n copies. Returns an empty string when the growth is linear,
// else what was measured, for the failure message.
template<typename Run>
[[nodiscard]] QString superlinearGrowth(Run run, int copies)
{
    const auto cpuMicroseconds = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
    };
    const auto timed = [&](int n) {
        const qint64 start = cpuMicroseconds();
        run(n);
        return std::max<qint64>(cpuMicroseconds() - start, 1);
    };
    run(std::max(1, copies / 10)); // lexicons and first-use tables out of the way
    // The better of two runs each: a page-fault burst or a cache flush hits one run, not both.
    const qint64 small = std::min(timed(copies), timed(copies));
    const qint64 large = std::min(timed(4 * copies), timed(4 * copies));
    // Linear is 4x; twice that is allowed for noise, plus 50 ms for timer and allocator jitter.
    if (large < 8 * small + 50000)
        return {};
    return QStringLiteral("%1 copies: %2 ms, %3 copies: %4 ms")
        .arg(copies).arg(small / 1000.0, 0, 'f', 1).arg(4 * copies).arg(large / 1000.0, 0, 'f', 1);
}

} // namespace dealdesk::test
