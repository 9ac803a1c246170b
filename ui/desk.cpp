#include "ui/desk.h"

#include "core/corpus/samplecorpus.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPixmap>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace dealdesk {
namespace {

void saveScreenshotAndQuit(MainWindow &window, const QString &path)
{
    // Give the window two event-loop turns to lay out and paint before grabbing it.
    QTimer::singleShot(400, &window, [&window, path] {
        const bool saved = window.grab().save(path);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int runDesk(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Desk", "Dealdesk: follow the money in AI."));
    parser.addHelpOption();
    parser.addOptions({
        {u"search"_qs, QApplication::translate("Desk", "Start with this search."), u"TEXT"_qs},
        {u"select"_qs, QApplication::translate("Desk", "Select this row of the list."), u"ROW"_qs},
        {u"screenshot"_qs, QApplication::translate("Desk", "Save the window as PNG and quit."), u"FILE"_qs},
    });
    parser.addPositionalArgument(u"corpus"_qs, QApplication::translate("Desk", "A corpus file (*.dealdesk)."));
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + arguments);

    MainWindow window;
    window.show();
    auto afterOpen = [&window, &parser] {
        if (parser.isSet(u"search"_qs))
            window.setSearchText(parser.value(u"search"_qs));
        if (parser.isSet(u"select"_qs))
            window.selectRow(parser.value(u"select"_qs).toInt());
        if (parser.isSet(u"screenshot"_qs))
            saveScreenshotAndQuit(window, parser.value(u"screenshot"_qs));
    };

    QFutureWatcher<std::optional<StoreError>> making;
    const QString named = parser.positionalArguments().value(0);
    const QString path = named.isEmpty() ? defaultSampleCorpusPath() : named;
    if (!named.isEmpty() || QFileInfo::exists(path)) {
        window.openCorpus(path);
        afterOpen();
    } else {
        // First run: the sample corpus is imported off the GUI thread.
        window.showBusy(QApplication::translate("Desk", "Preparing the sample corpus…"));
        QObject::connect(&making, &QFutureWatcher<std::optional<StoreError>>::finished, &window,
                         [&window, &making, path, afterOpen] {
                             if (const auto error = making.result())
                                 window.showBusy(error->message());
                             else
                                 window.openCorpus(path);
                             afterOpen();
                         });
        making.setFuture(QtConcurrent::run([path] { return createSampleCorpus(path); }));
    }
    const int status = QApplication::exec();
    making.waitForFinished();
    return status;
}

} // namespace dealdesk
