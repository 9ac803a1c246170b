#pragma once
// Starts the desk: picks the corpus (the one named, or the bundled samples, made on first
// run in the background), shows the main window and runs the event loop.

#include <QStringList>

class QApplication;

namespace dealdesk {

// Arguments after the program name: [CORPUS.dealdesk] [--search TEXT] [--select ROW]
// [--show-chart] (the chart dock in front, given room) [--screenshot FILE.png] (saves the
// window once it is shown and quits: for docs and checks).
[[nodiscard]] int runDesk(const QStringList &arguments);

} // namespace dealdesk
