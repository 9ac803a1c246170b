#pragma once
// A tolerant HTML parser, enough to read news pages: tags, attributes, text, comments, raw
// text elements (script, style), void elements, implied ends of <p> and <li>, end tags
// without a start ignored, unclosed elements closed at the end. It never fails: broken HTML
// gives the best tree it can. Nothing is ever fetched.

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace dealdesk {

struct HtmlNode
{
    QString tag;  // lower case; empty for a text node
    QString text; // a text node's text, entities decoded
    QList<std::pair<QString, QString>> attributes; // lower-case names, decoded values
    QList<qsizetype> children;
    qsizetype parent = -1;

    [[nodiscard]] bool isText() const { return tag.isEmpty(); }
    [[nodiscard]] QString attribute(QStringView name) const;
};

class HtmlDocument
{
public:
    explicit HtmlDocument(QStringView html);

    // Node 0 is the root ("#document"); children are indices into nodes().
    [[nodiscard]] const QList<HtmlNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const HtmlNode &node(qsizetype i) const { return m_nodes[i]; }
    // Every element with this tag, in document order.
    [[nodiscard]] QList<qsizetype> elements(QStringView tag) const;
    // The raw text of a raw text element (script, style) or the concatenated text below a node.
    [[nodiscard]] QString textContent(qsizetype i) const;

private:
    void parse(QStringView html);
    void openElement(const QString &tag, QList<std::pair<QString, QString>> attributes, bool selfClosing);
    void closeElement(const QString &tag);
    void appendText(const QString &text);
    [[nodiscard]] qsizetype current() const { return m_open.isEmpty() ? 0 : m_open.back(); }

    QList<HtmlNode> m_nodes;
    QList<qsizetype> m_open;
};

} // namespace dealdesk
