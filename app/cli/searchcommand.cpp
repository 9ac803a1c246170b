// dealdesk search --db FILE [--limit N] QUERY...
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/store/sqlitecorpusstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dealdesk::cli {

int searchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Full-text search in a corpus, best matches first."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk)."_qs, u"FILE"_qs},
        {u"limit"_qs, u"Most hits printed (default 20)."_qs, u"N"_qs, u"20"_qs},
    });
    parser.addPositionalArgument(u"QUERY"_qs, u"Words to find; \"quoted phrase\", prefix*."_qs, u"QUERY..."_qs);
    parser.process(QStringList{u"dealdesk search"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    if (parser.positionalArguments().isEmpty())
        return usageError(parser, u"no QUERY given"_qs);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    const auto &store = *opened;
    const QList<SearchHit> hits = store.search(parser.positionalArguments().join(u' '),
                                               parser.value(u"limit"_qs).toInt());
    for (const SearchHit &hit : hits) {
        const ArticleSummary &a = hit.article;
        out << a.title << "\n    " << (a.outlet.isEmpty() ? u"-"_qs : a.outlet) << " · "
            << (a.published.isEmpty() ? u"-"_qs : a.published) << " · " << a.language << " · "
            << a.sourcePath << "\n    " << hit.snippet.simplified() << "\n";
    }
    err << hits.size() << (hits.size() == 1 ? " match" : " matches") << Qt::endl;
    return 0;
}

} // namespace dealdesk::cli
