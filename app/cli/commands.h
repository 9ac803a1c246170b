#pragma once
// The command-line verbs of `dealdesk`. Each takes the arguments after its verb, writes its
// results to stdout and its messages to stderr, and returns the process exit status.

#include <QStringList>

namespace dealdesk::cli {

// True when `verb` names a command-line command (the GUI starts otherwise).
[[nodiscard]] bool isCommand(const QString &verb);
[[nodiscard]] int run(const QString &verb, const QStringList &arguments);

[[nodiscard]] int extractCommand(const QStringList &arguments);
[[nodiscard]] int importCommand(const QStringList &arguments);
[[nodiscard]] int reextractCommand(const QStringList &arguments);
[[nodiscard]] int searchCommand(const QStringList &arguments);
[[nodiscard]] int dealsCommand(const QStringList &arguments);
[[nodiscard]] int chartCommand(const QStringList &arguments);
[[nodiscard]] int exportCommand(const QStringList &arguments);
[[nodiscard]] int importAnnotationsCommand(const QStringList &arguments);

} // namespace dealdesk::cli
