// dealdesk: the desk (GUI) when started without a command, the command line otherwise.
#include "app/cli/commands.h"
#include "ui/desk.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHashFunctions>

namespace {

void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dealdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dealdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALDESK_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (verb == u"chart") {
        // Qt Charts draws with QGraphicsWidget, which needs a QApplication: offscreen unless a
        // platform is asked for, so the command still runs without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The PDF writer numbers its fonts in QHash order: one seed for every run, so the same
        // chart gives the same bytes (the random seed guards against crafted keys; a chart's
        // own data is not that).
        QHashSeed::setDeterministicGlobalSeed();
        QApplication app(argc, argv);
        describe();
        return dealdesk::cli::run(verb, app.arguments().mid(2));
    }
    if (dealdesk::cli::isCommand(verb)) {
        // Commands need no display: a plain core application, so they run on servers and in CI.
        QCoreApplication app(argc, argv);
        describe();
        QStringList arguments = app.arguments().mid(2);
        return dealdesk::cli::run(verb, arguments);
    }
    QApplication app(argc, argv);
    describe();
    return dealdesk::runDesk(app.arguments().mid(1));
}
