#include "core/import/htmldocument.h"

#include "core/import/htmlentities.h"

#include <QSet>

namespace dealdesk {
namespace {

// Deeper nesting is flattened: a page nested thousands deep must not exhaust the stack of the
// recursive text walk.
constexpr qsizetype kMaxDepth = 256;

bool isVoid(QStringView tag)
{
    static const QSet<QString> tags{u"area"_qs, u"base"_qs, u"br"_qs, u"col"_qs, u"embed"_qs, u"hr"_qs,
                                    u"img"_qs, u"input"_qs, u"link"_qs, u"meta"_qs, u"param"_qs,
                                    u"source"_qs, u"track"_qs, u"wbr"_qs};
    return tags.contains(tag.toString());
}

bool isRawText(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"textarea" || tag == u"title" || tag == u"xmp";
}

// Elements whose start ends an open <p>, as in the HTML standard.
bool closesParagraph(QStringView tag)
{
    static const QSet<QString> tags{u"address"_qs, u"article"_qs, u"aside"_qs, u"blockquote"_qs,
                                    u"div"_qs, u"dl"_qs, u"fieldset"_qs, u"figure"_qs, u"footer"_qs,
                                    u"form"_qs, u"h1"_qs, u"h2"_qs, u"h3"_qs, u"h4"_qs, u"h5"_qs,
                                    u"h6"_qs, u"header"_qs, u"hr"_qs, u"main"_qs, u"nav"_qs, u"ol"_qs,
                                    u"p"_qs, u"pre"_qs, u"section"_qs, u"table"_qs, u"ul"_qs};
    return tags.contains(tag.toString());
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

} // namespace

QString HtmlNode::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes)
        if (key == name)
            return value;
    return {};
}

HtmlDocument::HtmlDocument(QStringView html)
{
    m_nodes.append(HtmlNode{u"#document"_qs, {}, {}, {}, -1});
    parse(html);
}

QList<qsizetype> HtmlDocument::elements(QStringView tag) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].tag == tag)
            out.append(i);
    return out;
}

QString HtmlDocument::textContent(qsizetype i) const
{
    const HtmlNode &n = m_nodes[i];
    if (n.isText())
        return n.text;
    QString out;
    for (const qsizetype c : n.children)
        out += textContent(c);
    return out;
}

void HtmlDocument::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    HtmlNode node;
    node.text = text;
    node.parent = current();
    m_nodes[node.parent].children.append(m_nodes.size());
    m_nodes.append(std::move(node));
}

void HtmlDocument::openElement(const QString &tag, QList<std::pair<QString, QString>> attributes, bool selfClosing)
{
    if (!m_open.isEmpty()) {
        const QString &top = m_nodes[m_open.back()].tag;
        const bool cell = tag == u"td" || tag == u"th";
        if ((top == u"p" && closesParagraph(tag)) || (top == u"li" && tag == u"li")
            || (cell && (top == u"td" || top == u"th")) || (top == u"option" && tag == u"option"))
            m_open.removeLast();
    }
    HtmlNode node;
    node.tag = tag;
    node.attributes = std::move(attributes);
    node.parent = current();
    const qsizetype index = m_nodes.size();
    m_nodes[node.parent].children.append(index);
    m_nodes.append(std::move(node));
    if (!selfClosing && !isVoid(tag) && m_open.size() < kMaxDepth)
        m_open.append(index);
}

void HtmlDocument::closeElement(const QString &tag)
{
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        if (m_nodes[m_open[i]].tag == tag) {
            m_open.resize(i);
            return;
        }
    }
}

void HtmlDocument::parse(QStringView html)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textStart)
            appendText(decodeHtmlEntities(html.sliced(textStart, end - textStart)));
    };
    while (i < n) {
        if (html[i] != u'<' || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (html.sliced(i).startsWith(u"<!--")) {
            flushText(i);
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
        } else if (next == u'!' || next == u'?') {
            flushText(i);
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            textStart = i;
        } else if (next == u'/' && i + 2 < n && html[i + 2].isLetter()) {
            flushText(i);
            qsizetype k = i + 2;
            while (k < n && isNameChar(html[k]))
                ++k;
            const QString tag = html.sliced(i + 2, k - i - 2).toString().toLower();
            const qsizetype end = html.indexOf(u'>', k);
            i = end < 0 ? n : end + 1;
            textStart = i;
            closeElement(tag);
        } else if (next.isLetter()) {
            flushText(i);
            qsizetype k = i + 1;
            while (k < n && isNameChar(html[k]))
                ++k;
            const QString tag = html.sliced(i + 1, k - i - 1).toString().toLower();
            QList<std::pair<QString, QString>> attributes;
            bool selfClosing = false;
            while (k < n && html[k] != u'>') {
                if (html[k].isSpace() || html[k] == u'/') {
                    selfClosing = html[k] == u'/';
                    ++k;
                    continue;
                }
                selfClosing = false;
                const qsizetype nameStart = k;
                while (k < n && !html[k].isSpace() && html[k] != u'=' && html[k] != u'>' && html[k] != u'/')
                    ++k;
                const QString name = html.sliced(nameStart, k - nameStart).toString().toLower();
                while (k < n && html[k].isSpace())
                    ++k;
                QString value;
                if (k < n && html[k] == u'=') {
                    ++k;
                    while (k < n && html[k].isSpace())
                        ++k;
                    if (k < n && (html[k] == u'"' || html[k] == u'\'')) {
                        const QChar quote = html[k];
                        qsizetype close = html.indexOf(quote, k + 1);
                        if (close < 0)
                            close = n;
                        value = decodeHtmlEntities(html.sliced(k + 1, close - k - 1));
                        k = std::min(close + 1, n);
                    } else {
                        const qsizetype valueStart = k;
                        while (k < n && !html[k].isSpace() && html[k] != u'>')
                            ++k;
                        value = decodeHtmlEntities(html.sliced(valueStart, k - valueStart));
                    }
                }
                if (!name.isEmpty())
                    attributes.append({name, value});
            }
            i = std::min(k + 1, n);
            textStart = i;
            openElement(tag, std::move(attributes), selfClosing);
            if (isRawText(tag) && !selfClosing) {
                // Everything up to "</tag" is text, whatever "<" it holds.
                const QString endTag = u"</"_qs + tag;
                qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                if (end < 0)
                    end = n;
                const QStringView raw = html.sliced(i, end - i);
                appendText(tag == u"script" || tag == u"style" ? raw.toString() : decodeHtmlEntities(raw));
                closeElement(tag);
                const qsizetype close = html.indexOf(u'>', end);
                i = close < 0 ? n : close + 1;
                textStart = i;
            }
        } else {
            ++i; // a "<" that opens nothing ("a < b") is text
        }
    }
    flushText(n);
}

} // namespace dealdesk
