// dealdesk chart --db FILE --kind sizes|timeline [options] --out FILE.svg|png|pdf|csv
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/chart/chartbuilder.h"
#include "core/chart/charttext.h"
#include "core/chart/exchangerates.h"
#include "core/corpus/corpusdeals.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/chart/chartexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace dealdesk::cli {
namespace {

// An option naming one of an enum's values; `fallback` when absent, nullopt when misspelt.
template <typename Enum>
std::optional<Enum> enumOption(const QCommandLineParser &parser, const QString &name, Enum fallback,
                               std::optional<Enum> (*parse)(QStringView))
{
    return parser.isSet(name) ? parse(parser.value(name)) : std::optional<Enum>(fallback);
}

} // namespace

int chartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Draws a chart of the corpus's deals for publication (PNG, SVG, PDF) or writes its data (CSV); "
        "the alt text goes to standard output and to a .txt file beside the chart."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk)."_qs, u"FILE"_qs},
        {u"kind"_qs, u"sizes (bars, the default) or timeline."_qs, u"KIND"_qs},
        {u"group"_qs, u"Sizes: deal (default), investor, target or month."_qs, u"BY"_qs},
        {u"colour"_qs, u"status (default) or investor."_qs, u"BY"_qs},
        {u"scale"_qs, u"linear (default) or log."_qs, u"SCALE"_qs},
        {u"grain"_qs, u"Timeline: day, month (default), quarter or year."_qs, u"GRAIN"_qs},
        {u"no-cumulative"_qs, u"Timeline: no running total."_qs},
        {u"currency"_qs, u"Display currency (default USD); amounts are converted for display only."_qs, u"CODE"_qs},
        {u"rates"_qs, u"Rates file (currency, usd_per_unit, date); the built-in table otherwise."_qs, u"FILE"_qs},
        {u"locale"_qs,
         u"Language and locale of the chart's words and labels (default en): it, fr, de, es; English words "
         "for a language without them."_qs,
         u"LOCALE"_qs},
        {u"max-bars"_qs, u"Sizes: at most this many bars (default 15)."_qs, u"N"_qs},
        {u"search"_qs, u"Only articles matching this full-text search."_qs, u"TEXT"_qs},
        {u"from"_qs, u"Only articles published on or after this date (ISO 8601 prefix)."_qs, u"DATE"_qs},
        {u"to"_qs, u"Only articles published on or before this date (ISO 8601 prefix)."_qs, u"DATE"_qs},
        {u"entity"_qs, u"Only articles naming this entity (canonical name)."_qs, u"NAME"_qs},
        {u"outlet"_qs, u"Only articles of this outlet."_qs, u"OUTLET"_qs},
        {u"language"_qs, u"Only articles in this language."_qs, u"LANG"_qs},
        {u"all-findings"_qs, u"Include deals not yet accepted by a journalist (default: accepted only)."_qs},
        {u"title"_qs, u"Title (a generated one otherwise)."_qs, u"TEXT"_qs},
        {u"subtitle"_qs, u"Subtitle (a generated one otherwise)."_qs, u"TEXT"_qs},
        {u"note"_qs, u"A note of your own, printed before the generated notes and added to the alt text."_qs,
         u"TEXT"_qs},
        {u"credit"_qs, u"Credit line (default Dealdesk)."_qs, u"TEXT"_qs},
        {u"width"_qs, u"Width in pixels (default 1200)."_qs, u"PX"_qs},
        {u"height"_qs, u"Height in pixels (default 760)."_qs, u"PX"_qs},
        {u"ratio"_qs, u"PNG device pixel ratio (default 1): 2 doubles the pixels."_qs, u"R"_qs},
        {u"out"_qs, u"The file to write: .svg, .png, .pdf or .csv."_qs, u"FILE"_qs},
    });
    parser.process(QStringList{u"dealdesk chart"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    if (!parser.isSet(u"out"_qs))
        return usageError(parser, u"--out FILE is required"_qs);
    const QString out = parser.value(u"out"_qs);
    if (!chartFormatFor(out))
        return usageError(parser, u"--out must end in .svg, .png, .pdf or .csv"_qs);

    ChartOptions options;
    const auto kind = enumOption(parser, u"kind"_qs, ChartKind::Sizes, chartKindFromString);
    const auto grouping = enumOption(parser, u"group"_qs, ChartGrouping::Deal, chartGroupingFromString);
    const auto colouring = enumOption(parser, u"colour"_qs, ChartColouring::Status, chartColouringFromString);
    const auto scale = enumOption(parser, u"scale"_qs, ChartScale::Linear, chartScaleFromString);
    const auto grain = enumOption(parser, u"grain"_qs, TimeGrain::Month, timeGrainFromString);
    if (!kind || !grouping || !colouring || !scale || !grain)
        return usageError(parser, u"unknown value of --kind, --group, --colour, --scale or --grain"_qs);
    options.kind = *kind;
    options.grouping = *grouping;
    options.colouring = *colouring;
    options.scale = *scale;
    options.grain = *grain;
    options.cumulative = !parser.isSet(u"no-cumulative"_qs);
    options.acceptedOnly = !parser.isSet(u"all-findings"_qs);
    if (parser.isSet(u"currency"_qs))
        options.currency = parser.value(u"currency"_qs).toUpper();
    if (parser.isSet(u"locale"_qs))
        options.locale = parser.value(u"locale"_qs);
    if (parser.isSet(u"max-bars"_qs))
        options.maxBars = parser.value(u"max-bars"_qs).toInt();
    bool okWidth = true, okHeight = true, okRatio = true;
    const QSizeF size(parser.isSet(u"width"_qs) ? parser.value(u"width"_qs).toDouble(&okWidth) : defaultChartSize.width(),
                      parser.isSet(u"height"_qs) ? parser.value(u"height"_qs).toDouble(&okHeight)
                                                 : defaultChartSize.height());
    const qreal ratio = parser.isSet(u"ratio"_qs) ? parser.value(u"ratio"_qs).toDouble(&okRatio) : 1.0;
    if (!okWidth || !okHeight || !okRatio || size.width() < 200 || size.height() < 150 || ratio <= 0 || ratio > 8)
        return usageError(parser, u"--width and --height need at least 200 x 150, --ratio a number from 0 to 8"_qs);

    QTextStream err(stderr);
    ExchangeRates rates = ExchangeRates::defaults();
    if (parser.isSet(u"rates"_qs)) {
        QString error;
        auto loaded = ExchangeRates::load(parser.value(u"rates"_qs), &error);
        if (!loaded) {
            err << "dealdesk: " << error << Qt::endl;
            return 1;
        }
        rates = *loaded;
    }
    if (!rates.rate(options.currency) && options.currency != u"USD") {
        err << "dealdesk: no rate for " << options.currency << " in the rates table" << Qt::endl;
        return 1;
    }

    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    ArticleQuery filter;
    filter.text = parser.value(u"search"_qs);
    filter.publishedFrom = parser.value(u"from"_qs);
    filter.publishedTo = parser.value(u"to"_qs);
    filter.entity = parser.value(u"entity"_qs);
    filter.outlet = parser.value(u"outlet"_qs);
    filter.language = parser.value(u"language"_qs);
    const CorpusDeals deals = mergeStoredDeals(opened->deals(filter, options.acceptedOnly));
    const ChartData data = buildChart(deals, options, rates);

    const ChartCaption caption{parser.value(u"title"_qs), parser.value(u"subtitle"_qs), parser.value(u"note"_qs),
                               parser.value(u"credit"_qs)};
    QString error;
    if (!exportChart(data, caption, out, size, ratio, &error)) {
        err << "dealdesk: " << error << Qt::endl;
        return 1;
    }
    const QString alt = altText(data, caption);
    const QFileInfo info(out);
    QSaveFile altFile(info.path() + u'/' + info.completeBaseName() + u".txt"_qs);
    if (altFile.open(QIODevice::WriteOnly)) {
        altFile.write((alt + u'\n').toUtf8());
        if (!altFile.commit())
            err << "dealdesk: " << altFile.fileName() << ": " << altFile.errorString() << Qt::endl;
    }
    QTextStream(stdout) << alt << Qt::endl;
    err << data.items.size() << (options.kind == ChartKind::Sizes ? " bars, " : " markers, ") << data.dealCount
        << " deals -> " << out << Qt::endl;
    return 0;
}

} // namespace dealdesk::cli
