#include "app/cli/commands.h"

#include <QTextStream>

#include <algorithm>

namespace dealdesk::cli {
namespace {

struct Verb
{
    const char16_t *name;
    int (*run)(const QStringList &);
    const char16_t *summary;
};

constexpr Verb verbs[] = {
    {u"extract", extractCommand, u"print the findings of articles as JSON Lines, JSON or CSV"},
    {u"import", importCommand, u"add article files and folders to a corpus"},
    {u"reextract", reextractCommand, u"run the extractor again over a corpus, keeping every decision"},
    {u"search", searchCommand, u"full-text search in a corpus, ranked, with snippets"},
    {u"deals", dealsCommand, u"the corpus's deals, merged across articles, with sources"},
    {u"chart", chartCommand, u"a chart of the deals for publication (SVG, PNG, PDF) or its data (CSV)"},
    {u"export", exportCommand, u"the corpus's annotations as brat, JSON Lines or CSV"},
    {u"import-annotations", importAnnotationsCommand, u"annotations from brat or JSON Lines into a corpus"},
};

int usage()
{
    QTextStream err(stderr);
    err << "usage: dealdesk [CORPUS.dealdesk]            open the desk\n"
           "       dealdesk COMMAND [--help] ARGS...\n\ncommands:\n";
    // The summaries line up after the longest verb name.
    qsizetype width = 0;
    for (const Verb &v : verbs)
        width = std::max(width, QStringView(v.name).size());
    for (const Verb &v : verbs)
        err << "  " << QString::fromUtf16(v.name).leftJustified(width + 2) << QString::fromUtf16(v.summary) << '\n';
    return 2;
}

} // namespace

bool isCommand(const QString &verb)
{
    if (verb == u"help" || verb == u"--help" || verb == u"-h")
        return true;
    for (const Verb &v : verbs) {
        if (verb == QStringView(v.name))
            return true;
    }
    return false;
}

int run(const QString &verb, const QStringList &arguments)
{
    for (const Verb &v : verbs) {
        if (verb == QStringView(v.name))
            return v.run(arguments);
    }
    return usage();
}

} // namespace dealdesk::cli
