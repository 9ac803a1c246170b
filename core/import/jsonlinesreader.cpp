#include "core/import/jsonlinesreader.h"

#include "core/import/articlecompletion.h"
#include "core/import/machinedate.h"
#include "core/text/composednfc.h"
#include "core/text/textdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace dealdesk {
namespace {

QString stringField(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

} // namespace

JsonLinesOutcome readJsonLinesText(const QString &text, const QString &sourceName)
{
    JsonLinesOutcome out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            out.problems.append({sourceName, lineNumber,
                                 QStringLiteral("not JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1)});
            continue;
        }
        if (!doc.isObject()) {
            out.problems.append({sourceName, lineNumber, QStringLiteral("not a JSON object")});
            continue;
        }
        const QJsonObject o = doc.object();
        if (!o.value(u"text").isString() || o.value(u"text").toString().trimmed().isEmpty()) {
            out.problems.append({sourceName, lineNumber, QStringLiteral("no \"text\" string")});
            continue;
        }
        Article a;
        a.id = stringField(o, u"id");
        if (a.id.isEmpty())
            a.id = QStringLiteral("%1#%2").arg(sourceName).arg(lineNumber);
        a.sourcePath = sourceName;
        a.format = QStringLiteral("jsonl");
        a.text = composedNfc(normalizeLineEnds(o.value(u"text").toString()));
        a.title = stringField(o, u"title");
        a.author = stringField(o, u"author");
        a.outlet = stringField(o, u"outlet");
        a.published = isoFromMachineDate(stringField(o, u"published"));
        a.language = stringField(o, u"language").left(2);
        mergeHeader(a, parseHeader(a.text));
        completeArticle(a);
        out.articles.append(a);
    }
    return out;
}

} // namespace dealdesk
