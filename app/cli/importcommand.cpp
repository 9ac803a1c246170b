// dealdesk import --db FILE [--max-size MB] PATH...
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/corpus/corpusimporter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dealdesk::cli {

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Adds articles to a corpus; the same article is stored once."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk), created when missing."_qs, u"FILE"_qs},
        {u"input-format"_qs, u"Input: auto (by file) or jsonl."_qs, u"format"_qs, u"auto"_qs},
        {u"max-size"_qs, u"Largest file read, in MB (default 20)."_qs, u"MB"_qs, u"20"_qs},
    });
    parser.addPositionalArgument(u"PATH"_qs, u"Files or folders to import."_qs, u"PATH..."_qs);
    parser.process(QStringList{u"dealdesk import"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    if (parser.positionalArguments().isEmpty())
        return usageError(parser, u"no PATH given"_qs);

    QTextStream err(stderr);
    auto opened = CorpusImporter::open(parser.value(u"db"_qs));
    if (!opened.ok()) {
        err << "dealdesk: " << opened.error().message() << Qt::endl;
        return 1;
    }
    CorpusImporter &importer = *opened.value();

    InputOptions options;
    options.jsonLines = parser.value(u"input-format"_qs) == u"jsonl";
    options.maxFileBytes = qint64(parser.value(u"max-size"_qs).toDouble() * 1024 * 1024);
    options.progress = true;
    bool stored = true;
    const bool allRead = forEachArticleBatch(parser.positionalArguments(), options, [&](QList<Article> batch) {
        if (!stored)
            return;
        if (const auto error = importer.addBatch(batch)) {
            err << "dealdesk: " << error->message() << Qt::endl;
            stored = false;
        }
    });
    const ImportCounts counts = importer.counts();
    err << "imported " << counts.added << " new articles, " << counts.duplicates
        << " already in the corpus" << (allRead ? "" : "; some inputs were skipped (see above)")
        << Qt::endl;
    return (allRead && stored) ? 0 : 1;
}

} // namespace dealdesk::cli
