#include "core/exchange/articlemeta.h"

#include "core/exchange/annotatedarticle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace dealdesk {
namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject articleMetaJson(const AnnotatedArticle &doc)
{
    const Article &a = doc.article;
    const CodePointMap map(a.text);
    QJsonArray ranges;
    for (const TextRange &r : a.metadataRanges)
        ranges.append(QJsonArray{map.toCodePoints(r.start), map.toCodePoints(r.end)});
    QJsonObject meta;
    meta.insert(u"source_id"_qs, a.id);
    meta.insert(u"title"_qs, orNull(a.title));
    meta.insert(u"author"_qs, orNull(a.author));
    meta.insert(u"outlet"_qs, orNull(a.outlet));
    meta.insert(u"published"_qs, orNull(a.published));
    meta.insert(u"language"_qs, orNull(a.language));
    meta.insert(u"source_path"_qs, orNull(a.sourcePath));
    meta.insert(u"format"_qs, orNull(a.format));
    meta.insert(u"metadata_ranges"_qs, ranges);
    meta.insert(u"review"_qs, toString(doc.review));
    meta.insert(u"note"_qs, orNull(doc.note));
    return meta;
}

QString readArticleMeta(const QJsonObject &meta, AnnotatedArticle &doc)
{
    Article &a = doc.article;
    const CodePointMap map(a.text);
    auto text = [&](const char16_t *key) { return meta.value(QStringView(key)).toString(); };
    if (meta.contains(u"source_id"))
        a.id = text(u"source_id");
    a.title = text(u"title");
    a.author = text(u"author");
    a.outlet = text(u"outlet");
    a.published = text(u"published");
    a.language = text(u"language");
    if (meta.contains(u"source_path"))
        a.sourcePath = text(u"source_path");
    if (meta.contains(u"format"))
        a.format = text(u"format");
    a.metadataRanges.clear();
    const qsizetype points = map.toCodePoints(a.text.size());
    for (const QJsonValue &v : meta.value(u"metadata_ranges").toArray()) {
        const QJsonArray pair = v.toArray();
        const qint64 start = pair.at(0).toInteger(-1), end = pair.at(1).toInteger(-1);
        if (pair.size() != 2 || start < 0 || end < start || end > points)
            return QStringLiteral("a metadata range is not [start, end] inside the text");
        a.metadataRanges.append({map.toUtf16(start), map.toUtf16(end)});
    }
    doc.note = text(u"note");
    if (meta.contains(u"review")) {
        const auto review = reviewStateFromString(text(u"review"));
        if (!review)
            return QStringLiteral("unknown review state \"%1\"").arg(text(u"review"));
        doc.review = *review;
    }
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
    return {};
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.007199254740992e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace dealdesk
