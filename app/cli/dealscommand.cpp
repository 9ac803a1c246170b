// dealdesk deals --db FILE [--csv] [--accepted]
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/corpus/corpusdeals.h"
#include "core/exchange/csvwriter.h"
#include "core/store/sqlitecorpusstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace dealdesk::cli {
namespace {

QString amountText(const std::optional<Money> &money)
{
    if (!money)
        return {};
    auto n = [](double v) { return QString::number(v, 'f', 0); };
    return money->low == money->high ? n(money->low) : n(money->low) + u'-' + n(money->high);
}

} // namespace

int dealsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists the corpus's deals, the same deal from several articles merged, with its sources."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk)."_qs, u"FILE"_qs},
        {u"csv"_qs, u"CSV, one row per deal and source."_qs},
        {u"accepted"_qs, u"Only findings a journalist accepted."_qs},
    });
    parser.process(QStringList{u"dealdesk deals"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);

    QTextStream err(stderr);
    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    const CorpusDeals view = corpusDeals(*opened, parser.isSet(u"accepted"_qs));

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (parser.isSet(u"csv"_qs)) {
        out.write(csvRow({u"deal"_qs, u"investor"_qs, u"target"_qs, u"currency"_qs, u"low"_qs, u"high"_qs,
                          u"qualifier"_qs, u"status"_qs, u"date"_qs, u"source_file"_qs, u"source_title"_qs,
                          u"source_outlet"_qs, u"source_published"_qs, u"source_status"_qs, u"evidence"_qs})
                      .toUtf8());
    }
    int number = 0;
    for (const MergedDeal &d : view.deals) {
        ++number;
        const QString currency = d.money ? d.money->currency : QString();
        if (parser.isSet(u"csv"_qs)) {
            for (const DealSource &s : d.sources) {
                const auto article = view.articles.value(s.articleId);
                out.write(csvRow({QString::number(number), d.investor, d.target, currency,
                                  d.money ? QString::number(d.money->low, 'f', 0) : QString(),
                                  d.money ? QString::number(d.money->high, 'f', 0) : QString(),
                                  d.money ? toString(d.money->qualifier) : QString(), toString(d.status),
                                  d.date, s.articleId, article.title, article.outlet, article.published,
                                  toString(s.status), s.evidence.simplified()})
                              .toUtf8());
            }
            continue;
        }
        QString line = u"%1. %2 -> %3"_qs.arg(number)
                           .arg(d.investor.isEmpty() ? u"(unnamed)"_qs : d.investor,
                                d.target.isEmpty() ? u"(unnamed)"_qs : d.target);
        if (d.money)
            line += u"  "_qs + currency + u' ' + amountText(d.money) + u" ("_qs + toString(d.money->qualifier) + u')';
        line += u"  "_qs + toString(d.status);
        if (!d.date.isEmpty())
            line += u"  "_qs + d.date;
        line += u'\n';
        for (const DealSource &s : d.sources) {
            const auto article = view.articles.value(s.articleId);
            line += u"     · "_qs + (article.outlet.isEmpty() ? s.articleId : article.outlet) + u", "_qs
                    + (article.published.isEmpty() ? u"undated"_qs : article.published.left(10)) + u": "_qs
                    + s.evidence.simplified().left(160) + u'\n';
        }
        out.write(line.toUtf8());
    }
    err << view.deals.size() << " deals" << Qt::endl;
    return 0;
}

} // namespace dealdesk::cli
