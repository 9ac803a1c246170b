// dealdesk reextract --db FILE [--batch N]
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/corpus/corpusreextractor.h"
#include "core/store/sqlitecorpusstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dealdesk::cli {

int reextractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs the extractor again over every article of a corpus, with the names the corpus has "
        "learned. Only pending machine suggestions change: what a person accepted, rejected, "
        "corrected or added stays as it is."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk); it must exist."_qs, u"FILE"_qs},
        {u"batch"_qs, u"Articles extracted together (default 200)."_qs, u"N"_qs, u"200"_qs},
    });
    parser.process(QStringList{u"dealdesk reextract"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, u"unexpected argument: "_qs + parser.positionalArguments().first());
    bool numeric = false;
    const int batch = parser.value(u"batch"_qs).toInt(&numeric);
    if (!numeric || batch < 1)
        return usageError(parser, u"--batch takes a positive number"_qs);

    QTextStream err(stderr);
    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    CorpusStore &store = *opened;
    const int learned = int(store.learnedNames().size());
    CorpusReextractor reextractor(store);
    const auto counts = reextractor.run([&err](qint64 done, qint64 total) {
        err << "\rextracted " << done << " of " << total << " articles" << Qt::flush;
    }, nullptr, batch);
    err << '\n';
    if (!counts.ok()) {
        err << "dealdesk: " << counts.error().message() << Qt::endl;
        return 1;
    }
    err << "re-extracted " << counts.value().articles << " articles with " << learned
        << " learned names: " << counts.value().suggestions
        << " machine findings; decisions and hand-made findings kept" << Qt::endl;
    return 0;
}

} // namespace dealdesk::cli
