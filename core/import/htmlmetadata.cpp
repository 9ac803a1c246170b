#include "core/import/htmlmetadata.h"

#include "core/import/htmldocument.h"
#include "core/import/machinedate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace dealdesk {
namespace {

using MetaMap = QHash<QString, QStringList>;

MetaMap metaTags(const HtmlDocument &doc)
{
    MetaMap map;
    for (const qsizetype i : doc.elements(u"meta")) {
        const HtmlNode &n = doc.node(i);
        const QString content = n.attribute(u"content").trimmed();
        if (content.isEmpty())
            continue;
        for (const char16_t *attr : {u"property", u"name", u"itemprop", u"http-equiv"}) {
            const QString key = n.attribute(QStringView(attr)).trimmed().toLower();
            if (!key.isEmpty())
                map[key].append(content);
        }
    }
    return map;
}

QString first(const MetaMap &map, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QStringList values = map.value(QString::fromUtf16(k));
        if (!values.isEmpty())
            return values.front();
    }
    return {};
}

bool isUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://");
}

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"name").toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray())
            if (const QString n = jsonName(e); !n.isEmpty())
                names.append(n);
        return names.join(u", "_qs);
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    const auto matches = [](const QString &t) { return t.contains(u"Article") || t == u"BlogPosting"; };
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (matches(t.toString()))
                return true;
        return false;
    }
    return matches(type.toString());
}

// The first object of an article type in a JSON-LD value (object, array or @graph).
QJsonObject findArticleObject(const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (const QJsonObject o = findArticleObject(e); !o.isEmpty())
                return o;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (isArticleType(o.value(u"@type")))
            return o;
        if (o.contains(u"@graph"))
            return findArticleObject(o.value(u"@graph"));
    }
    return {};
}

QJsonObject jsonLdArticle(const HtmlDocument &doc)
{
    for (const qsizetype i : doc.elements(u"script")) {
        if (!doc.node(i).attribute(u"type").contains(u"ld+json", Qt::CaseInsensitive))
            continue;
        const QJsonDocument json = QJsonDocument::fromJson(doc.textContent(i).toUtf8());
        const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        if (const QJsonObject o = findArticleObject(root); !o.isEmpty())
            return o;
    }
    return {};
}

QString languageCode(QString value)
{
    value = value.trimmed().toLower();
    if (value.size() < 2 || !value[0].isLetter() || !value[1].isLetter() || (value.size() > 2 && value[2].isLetter()))
        return {};
    return value.left(2);
}

} // namespace

HtmlMetadata readHtmlMetadata(const HtmlDocument &doc)
{
    const MetaMap meta = metaTags(doc);
    const QJsonObject ld = jsonLdArticle(doc);
    HtmlMetadata m;

    m.title = first(meta, {u"og:title", u"twitter:title", u"citation_title", u"dc.title", u"headline"});
    if (m.title.isEmpty())
        m.title = ld.value(u"headline").toString();
    if (m.title.isEmpty()) {
        const QList<qsizetype> h1 = doc.elements(u"h1");
        const QList<qsizetype> titles = doc.elements(u"title");
        if (!h1.isEmpty())
            m.title = doc.textContent(h1.front()).simplified();
        else if (!titles.isEmpty())
            m.title = doc.textContent(titles.front()).simplified();
    }

    const QStringList citationAuthors = meta.value(u"citation_author"_qs);
    m.author = first(meta, {u"author", u"dc.creator", u"parsely-author", u"sailthru.author"});
    if (m.author.isEmpty() && !citationAuthors.isEmpty())
        m.author = citationAuthors.join(u", "_qs);
    if (m.author.isEmpty())
        m.author = jsonName(ld.value(u"author"));
    if (m.author.isEmpty()) {
        const QString a = first(meta, {u"article:author"});
        if (!isUrl(a))
            m.author = a;
    }

    QString date = first(meta, {u"article:published_time", u"datepublished", u"date", u"citation_publication_date",
                                u"citation_date", u"dc.date", u"dc.date.issued", u"pubdate", u"publish-date",
                                u"og:published_time"});
    if (date.isEmpty())
        date = ld.value(u"datePublished").toString();
    if (date.isEmpty()) {
        const QList<qsizetype> times = doc.elements(u"time");
        for (const qsizetype t : times) {
            date = doc.node(t).attribute(u"datetime");
            if (!date.isEmpty())
                break;
        }
    }
    m.published = isoFromMachineDate(date);

    m.outlet = first(meta, {u"og:site_name", u"citation_journal_title", u"application-name", u"publisher"});
    if (m.outlet.isEmpty())
        m.outlet = jsonName(ld.value(u"publisher"));

    const QList<qsizetype> html = doc.elements(u"html");
    if (!html.isEmpty())
        m.language = languageCode(doc.node(html.front()).attribute(u"lang"));
    if (m.language.isEmpty())
        m.language = languageCode(first(meta, {u"content-language", u"og:locale", u"language", u"dc.language"}));
    if (m.language.isEmpty())
        m.language = languageCode(ld.value(u"inLanguage").toString());
    return m;
}

} // namespace dealdesk
