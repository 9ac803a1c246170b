// dealdesk export --db FILE --format brat|jsonl|csv --out DIR [--accepted-only]
// dealdesk import-annotations --db FILE --format brat|jsonl PATH
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/exchange/annotationexport.h"
#include "core/exchange/annotationimport.h"
#include "core/store/sqlitecorpusstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace dealdesk::cli {
namespace {

void print(const ExchangeReport &report, bool import)
{
    QTextStream err(stderr);
    for (const QString &line : report.lines(import))
        err << "dealdesk: " << line << '\n';
    err.flush();
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the corpus's articles and annotations into a folder: brat standoff (NAME.txt, NAME.ann, "
        "NAME.meta.json, annotation.conf, visual.conf), JSON Lines (annotations.jsonl, doccano and spaCy "
        "spans) or CSV (deals.csv, amounts.csv). Offsets count Unicode code points. What the format "
        "cannot hold is said on stderr."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk)."_qs, u"FILE"_qs},
        {u"format"_qs, u"brat, jsonl or csv."_qs, u"format"_qs},
        {u"out"_qs, u"The folder to write into, created when missing."_qs, u"DIR"_qs},
        {u"accepted-only"_qs, u"Only annotations a journalist accepted."_qs},
    });
    parser.process(QStringList{u"dealdesk export"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    if (!parser.isSet(u"out"_qs))
        return usageError(parser, u"--out DIR is required"_qs);
    const auto format = exchangeFormatFromString(parser.value(u"format"_qs));
    if (!format)
        return usageError(parser, u"--format must be brat, jsonl or csv"_qs);

    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    const ExchangeReport report = exportAnnotations(
        *opened, {*format, parser.value(u"out"_qs), parser.isSet(u"accepted-only"_qs)});
    print(report, false);
    return report.ok() ? 0 : 1;
}

int importAnnotationsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reads annotations (a brat collection folder or NAME.txt/.ann, or a JSON Lines file) into a corpus. "
        "Articles are found by their text or source id and added when missing; an annotation already stored "
        "is not added again, and nothing stored is removed. A line that cannot be read is named and skipped; "
        "the rest is imported."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_qs, u"The corpus file (*.dealdesk), created when missing."_qs, u"FILE"_qs},
        {u"format"_qs, u"brat or jsonl."_qs, u"format"_qs},
    });
    parser.addPositionalArgument(u"PATH"_qs, u"The brat folder or file, or the .jsonl file."_qs);
    parser.process(QStringList{u"dealdesk import-annotations"_qs} + arguments);
    if (!parser.isSet(u"db"_qs))
        return usageError(parser, u"--db FILE is required"_qs);
    const auto format = exchangeFormatFromString(parser.value(u"format"_qs));
    if (!format || *format == ExchangeFormat::Csv)
        return usageError(parser, u"--format must be brat or jsonl"_qs);
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, u"one PATH is needed"_qs);
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "dealdesk: " << path << ": no such file or folder" << Qt::endl;
        return 1;
    }

    const auto opened = openCorpusOrReport(parser.value(u"db"_qs), SqliteCorpusStore::OpenMode::CreateIfMissing);
    if (!opened)
        return 1;
    const ExchangeReport report = importAnnotations(*opened, *format, path);
    print(report, true);
    return report.ok() ? 0 : 1;
}

} // namespace dealdesk::cli
