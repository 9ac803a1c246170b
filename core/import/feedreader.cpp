#include "core/import/feedreader.h"

#include "core/import/articlecompletion.h"
#include "core/import/htmltext.h"
#include "core/import/machinedate.h"
#include "core/text/composednfc.h"
#include "core/text/textdecoder.h"

#include <QXmlStreamReader>

namespace dealdesk {
namespace {

constexpr QLatin1StringView kDublinCore("http://purl.org/dc/elements/1.1/");

struct Item
{
    QString title;
    QString author;
    QString published;
    QString summary; // description / summary
    QString content; // content:encoded / content
    QString language;
};

// Text of an element that may hold HTML (escaped, CDATA or, in Atom's xhtml, as elements).
QString elementHtml(QXmlStreamReader &xml)
{
    const bool xhtml = xml.attributes().value(u"type"_qs) == u"xhtml";
    if (!xhtml)
        return xml.readElementText(QXmlStreamReader::IncludeChildElements);
    // Rebuild the markup so the HTML routine sees the paragraphs.
    QString html;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            html += u'<' + xml.name().toString() + u'>';
        } else if (xml.isEndElement()) {
            if (--depth > 0)
                html += u"</"_qs + xml.name().toString() + u'>';
        } else if (xml.isCharacters()) {
            html += xml.text().toString().toHtmlEscaped();
        }
    }
    return html;
}

class FeedParser
{
public:
    FeedParser(const QString &data, const QString &path)
        : m_xml(data)
        , m_path(path)
    {
    }

    FeedOutcome run()
    {
        // One root element: reading on past its end would report a premature end.
        if (m_xml.readNextStartElement()) {
            const QStringView root = m_xml.name();
            if (root == u"rss" || root == u"RDF") {
                m_format = QStringLiteral("rss");
                readContainer(u"item");
            } else if (root == u"feed") {
                m_format = QStringLiteral("atom");
                readContainer(u"entry");
            } else {
                m_out.problems.append({m_path, int(m_xml.lineNumber()),
                                       QStringLiteral("not an RSS or Atom feed (root element <%1>)").arg(root)});
                return std::move(m_out);
            }
        }
        if (m_xml.hasError())
            addXmlProblem();
        else if (m_format.isEmpty())
            m_out.problems.append({m_path, 0, QStringLiteral("not an RSS or Atom feed (no root element)")});
        return std::move(m_out);
    }

private:
    void addXmlProblem()
    {
        m_out.problems.append({m_path, int(m_xml.lineNumber()),
                               QStringLiteral("broken XML: %1 (items before this line were read)")
                                   .arg(m_xml.errorString())});
    }

    // Walks channel/feed children at any depth: RSS nests items in <channel>, RSS 1.0 and
    // Atom do not.
    void readContainer(QStringView itemName)
    {
        int depth = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                if (depth-- == 0)
                    return;
                continue;
            }
            if (!m_xml.isStartElement())
                continue;
            const QStringView name = m_xml.name();
            if (name == itemName) {
                readItem();
            } else if (name == u"title" && m_outlet.isEmpty() && m_xml.namespaceUri() != kDublinCore) {
                m_outlet = htmlToText(m_xml.readElementText(QXmlStreamReader::IncludeChildElements)).simplified();
            } else if (name == u"language" && m_language.isEmpty()) {
                m_language = m_xml.readElementText().trimmed().left(2).toLower();
            } else {
                ++depth;
            }
        }
    }

    void readItem()
    {
        Item item;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            const bool dc = m_xml.namespaceUri() == kDublinCore;
            if (name == u"title") {
                item.title = htmlToText(elementHtml(m_xml)).simplified();
            } else if (name == u"author") {
                // RSS: text ("mail@x (Name)"); Atom: <name> inside.
                QString author;
                while (!m_xml.atEnd()) {
                    m_xml.readNext();
                    if (m_xml.isCharacters())
                        author += m_xml.text();
                    else if (m_xml.isStartElement() && m_xml.name() != u"name")
                        m_xml.skipCurrentElement();
                    else if (m_xml.isEndElement() && m_xml.name() == u"author")
                        break;
                }
                if (item.author.isEmpty())
                    item.author = cleanAuthor(author);
            } else if (dc && name == u"creator") {
                item.author = m_xml.readElementText().simplified();
            } else if (name == u"pubDate" || name == u"published" || (dc && name == u"date")) {
                item.published = isoFromMachineDate(m_xml.readElementText());
            } else if (name == u"updated") {
                const QString updated = isoFromMachineDate(m_xml.readElementText());
                if (item.published.isEmpty())
                    item.published = updated;
            } else if (name == u"description" || name == u"summary") {
                item.summary = elementHtml(m_xml);
            } else if (name == u"encoded" || name == u"content") {
                item.content = elementHtml(m_xml);
            } else if (dc && name == u"language") {
                item.language = m_xml.readElementText().trimmed().left(2).toLower();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return; // a half-read item is not kept
        addArticle(item);
    }

    static QString cleanAuthor(QString author)
    {
        author = author.simplified();
        // "mail@example.org (Anna Rossi)" -> "Anna Rossi"
        const qsizetype open = author.indexOf(u'(');
        if (author.contains(u'@') && open > 0 && author.endsWith(u')'))
            return author.sliced(open + 1, author.size() - open - 2).trimmed();
        return author;
    }

    void addArticle(const Item &item)
    {
        const QString body = htmlToText(item.content.size() > item.summary.size() ? item.content : item.summary);
        Article a;
        ++m_count;
        a.id = QStringLiteral("%1#%2").arg(m_path).arg(m_count);
        a.sourcePath = m_path;
        a.format = m_format;
        a.title = item.title;
        a.author = item.author;
        a.published = item.published;
        a.outlet = m_outlet;
        a.language = item.language.isEmpty() ? m_language : item.language;
        a.text = body;
        if (!a.title.isEmpty() && body.section(u'\n', 0, 0).trimmed() != a.title)
            a.text = body.isEmpty() ? a.title : a.title + u"\n\n"_qs + body;
        a.text = composedNfc(normalizeLineEnds(a.text));
        if (a.text.trimmed().isEmpty()) {
            m_out.problems.append({m_path, int(m_xml.lineNumber()),
                                   QStringLiteral("item %1 has no title and no text").arg(m_count)});
            return;
        }
        completeArticle(a);
        m_out.articles.append(a);
    }

    QXmlStreamReader m_xml;
    QString m_path;
    QString m_format;
    QString m_outlet;
    QString m_language;
    int m_count = 0;
    FeedOutcome m_out;
};

} // namespace

FeedOutcome readFeed(const QString &xml, const QString &path)
{
    return FeedParser(xml, path).run();
}

} // namespace dealdesk
