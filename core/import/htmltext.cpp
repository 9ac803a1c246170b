#include "core/import/htmltext.h"

#include "core/import/htmldocument.h"

#include <QSet>
#include <QStringList>

namespace dealdesk {
namespace {

bool isDropped(const HtmlNode &n)
{
    static const QSet<QString> tags{u"script"_qs, u"style"_qs, u"nav"_qs, u"header"_qs, u"footer"_qs,
                                    u"aside"_qs, u"form"_qs, u"noscript"_qs, u"template"_qs, u"svg"_qs,
                                    u"iframe"_qs, u"button"_qs, u"select"_qs, u"object"_qs, u"canvas"_qs,
                                    u"head"_qs, u"title"_qs, u"textarea"_qs, u"dialog"_qs};
    return tags.contains(n.tag) || n.attributes.contains({u"hidden"_qs, QString()})
        || n.attribute(u"aria-hidden") == u"true";
}

bool isBlock(QStringView tag)
{
    static const QSet<QString> tags{
        u"p"_qs, u"div"_qs, u"h1"_qs, u"h2"_qs, u"h3"_qs, u"h4"_qs, u"h5"_qs, u"h6"_qs, u"li"_qs,
        u"ul"_qs, u"ol"_qs, u"tr"_qs, u"table"_qs, u"section"_qs, u"article"_qs, u"main"_qs,
        u"blockquote"_qs, u"pre"_qs, u"dl"_qs, u"dt"_qs, u"dd"_qs, u"figure"_qs, u"figcaption"_qs,
        u"address"_qs, u"hr"_qs, u"body"_qs, u"html"_qs, u"center"_qs, u"details"_qs, u"summary"_qs};
    return tags.contains(tag.toString());
}

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

class TextBuilder
{
public:
    void text(QStringView s, bool preformatted)
    {
        for (const QChar c : s) {
            if (preformatted && c == u'\n') {
                lineBreak();
            } else if (!preformatted && isCollapsible(c)) {
                m_pendingSpace = !m_line.isEmpty();
            } else {
                if (m_pendingSpace)
                    m_line.append(u' ');
                m_pendingSpace = false;
                m_line.append(c);
            }
        }
    }
    void lineBreak()
    {
        m_lines.append(m_line);
        m_line.clear();
        m_pendingSpace = false;
    }
    void paragraphBreak()
    {
        lineBreak();
        QStringList lines;
        for (const QString &l : std::as_const(m_lines))
            if (!l.trimmed().isEmpty())
                lines.append(l.trimmed());
        if (!lines.isEmpty())
            m_paragraphs.append(lines.join(u'\n'));
        m_lines.clear();
    }
    [[nodiscard]] QString finish()
    {
        paragraphBreak();
        return m_paragraphs.join(u"\n\n"_qs);
    }

private:
    QStringList m_paragraphs;
    QStringList m_lines;
    QString m_line;
    bool m_pendingSpace = false;
};

void walk(const HtmlDocument &doc, qsizetype index, TextBuilder &out, bool preformatted)
{
    const HtmlNode &n = doc.node(index);
    if (n.isText()) {
        out.text(n.text, preformatted);
        return;
    }
    if (isDropped(n))
        return;
    if (n.tag == u"br") {
        out.lineBreak();
        return;
    }
    const bool block = isBlock(n.tag);
    const bool cell = n.tag == u"td" || n.tag == u"th";
    if (block)
        out.paragraphBreak();
    else if (cell)
        out.text(u" ", false);
    for (const qsizetype child : n.children)
        walk(doc, child, out, preformatted || n.tag == u"pre");
    if (block)
        out.paragraphBreak();
    else if (cell)
        out.text(u" ", false);
}

} // namespace

QString htmlNodeText(const HtmlDocument &document, qsizetype node)
{
    TextBuilder builder;
    walk(document, node, builder, false);
    return builder.finish();
}

QString htmlToText(QStringView html)
{
    const HtmlDocument document(html);
    return htmlNodeText(document, 0);
}

} // namespace dealdesk
