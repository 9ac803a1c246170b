// dealdesk extract [--format jsonl|json|csv] [--input-format auto|jsonl] [--lang auto|it|en|fr|de|es]
//                  [--with-body] PATH...
#include "app/cli/commands.h"
#include "app/cli/inputs.h"

#include "core/exchange/csvwriter.h"
#include "core/exchange/extractionjson.h"
#include "core/extract/extractor.h"
#include "core/text/article.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

namespace dealdesk::cli {
namespace {

enum class OutputFormat { JsonLines, Json, Csv };

QStringList csvHeader()
{
    return {u"file"_qs, u"kind"_qs, u"start"_qs, u"end"_qs, u"text"_qs, u"type"_qs,
            u"canonical"_qs, u"currency"_qs, u"low"_qs, u"high"_qs, u"qualifier"_qs,
            u"role"_qs, u"value"_qs, u"grain"_qs, u"investor"_qs, u"target"_qs, u"status"_qs,
            u"date"_qs};
}

// One CSV row per finding, from the JSON form so both outputs say the same thing.
void writeCsv(QFile &out, const QJsonObject &o)
{
    const QString file = o.value(u"file").toString();
    auto cell = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toVariant().toString();
    };
    const QStringList header = csvHeader();
    for (const char16_t *kind : {u"entities", u"amounts", u"dates", u"deals"}) {
        for (const QJsonValue &v : o.value(QStringView(kind)).toArray()) {
            const QJsonObject f = v.toObject();
            QStringList row{file, QString::fromUtf16(kind)};
            for (qsizetype c = 2; c < header.size(); ++c)
                row << cell(f.value(header[c]));
            out.write(csvRow(row).toUtf8());
        }
    }
}

} // namespace

int extractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints what Dealdesk finds in articles (../shared/spec/extraction.md)."_qs);
    parser.addHelpOption();
    parser.addOptions({
        {u"format"_qs, u"Output: jsonl (default), json or csv."_qs, u"format"_qs, u"jsonl"_qs},
        {u"input-format"_qs, u"Input: auto (by file) or jsonl ({\"id\",\"text\",...} per line)."_qs,
         u"format"_qs, u"auto"_qs},
        {u"lang"_qs, u"Language: auto, it, en, fr, de or es."_qs, u"lang"_qs, u"auto"_qs},
        {u"with-body"_qs, u"Add the article text as \"body\"."_qs},
        {u"max-size"_qs, u"Largest file read, in MB (default 20)."_qs, u"MB"_qs, u"20"_qs},
    });
    parser.addPositionalArgument(u"PATH"_qs, u"Files or folders; - reads standard input."_qs, u"PATH..."_qs);
    parser.process(QStringList{u"dealdesk extract"_qs} + arguments);

    QTextStream err(stderr);
    const QString formatName = parser.value(u"format"_qs);
    OutputFormat format = OutputFormat::JsonLines;
    if (formatName == u"json")
        format = OutputFormat::Json;
    else if (formatName == u"csv")
        format = OutputFormat::Csv;
    else if (formatName != u"jsonl")
        return usageError(parser, u"unknown --format "_qs + formatName);
    const QString lang = parser.value(u"lang"_qs);
    if (lang != u"auto" && !knownLanguages().contains(lang))
        return usageError(parser, u"unknown --lang "_qs + lang);
    if (parser.positionalArguments().isEmpty())
        return usageError(parser, u"no PATH given"_qs);

    InputOptions inputOptions;
    inputOptions.jsonLines = parser.value(u"input-format"_qs) == u"jsonl";
    inputOptions.maxFileBytes = qint64(parser.value(u"max-size"_qs).toDouble() * 1024 * 1024);
    if (!inputOptions.jsonLines && parser.value(u"input-format"_qs) != u"auto")
        return usageError(parser, u"unknown --input-format "_qs + parser.value(u"input-format"_qs));

    const Extractor extractor;
    for (const QString &e : extractor.lexiconErrors())
        err << "dealdesk: lexicon: " << e << Qt::endl;

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (format == OutputFormat::Csv)
        out.write(csvRow(csvHeader()).toUtf8());
    QJsonArray all;
    const bool withBody = parser.isSet(u"with-body"_qs);

    // Articles are read in order, extracted in parallel in batches (order kept), then printed.
    const bool allRead = forEachArticleBatch(parser.positionalArguments(), inputOptions, [&](QList<Article> batch) {
        if (lang != u"auto") {
            for (Article &a : batch)
                a.language = lang;
        }
        const QList<Findings> findings = QtConcurrent::blockingMapped(
            batch, [&extractor](const Article &a) { return extractor.run(a); });
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QJsonObject o = extractionToJson(batch[i], findings[i], withBody);
            if (format == OutputFormat::JsonLines)
                out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            else if (format == OutputFormat::Csv)
                writeCsv(out, o);
            else
                all.append(o);
        }
        out.flush();
    });
    if (format == OutputFormat::Json)
        out.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return allRead ? 0 : 1;
}

} // namespace dealdesk::cli
