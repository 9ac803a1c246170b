#include "core/import/markdownreader.h"

#include "core/import/articlecompletion.h"
#include "core/import/machinedate.h"
#include "core/import/markdowninline.h"

#include <QStringList>

namespace dealdesk {
namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        value = value.sliced(1, value.size() - 2);
    return value.trimmed();
}

// Front matter between a first line "---" and the next "---" (or "..."): simple "key: value"
// lines; nested YAML is skipped. Returns the index of the first body line.
qsizetype readFrontMatter(const QStringList &lines, QHash<QString, QString> *out)
{
    if (lines.isEmpty() || lines.front().trimmed() != u"---")
        return 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == u"---" || line == u"...")
            return i + 1;
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && !lines[i].front().isSpace())
            out->insert(line.left(colon).trimmed().toLower(), unquote(line.sliced(colon + 1)));
    }
    out->clear(); // no closing line: it was a horizontal rule, not front matter
    return 0;
}

bool isRule(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar c = t.front();
    if (c != u'-' && c != u'*' && c != u'_' && c != u'=')
        return false;
    for (const QChar x : t)
        if (x != c && x != u' ')
            return false;
    return true;
}

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

// Strips the block markup of one line: heading hashes, quote marks, list bullets.
QStringView stripBlockMarkup(QStringView line)
{
    QStringView t = line.trimmed();
    while (t.startsWith(u'>'))
        t = t.sliced(1).trimmed();
    if (t.startsWith(u'#')) {
        qsizetype n = 0;
        while (n < t.size() && t[n] == u'#')
            ++n;
        if (n <= 6 && (n == t.size() || t[n] == u' ')) {
            t = t.sliced(n).trimmed();
            while (t.endsWith(u'#'))
                t.chop(1);
            return t.trimmed();
        }
    }
    if (t.size() > 1 && (t[0] == u'-' || t[0] == u'*' || t[0] == u'+') && t[1] == u' ')
        return t.sliced(2).trimmed();
    qsizetype d = 0;
    while (d < t.size() && t[d].isDigit())
        ++d;
    if (d > 0 && d < 10 && d + 1 < t.size() && (t[d] == u'.' || t[d] == u')') && t[d + 1] == u' ')
        return t.sliced(d + 2).trimmed();
    return t;
}

bool isReferenceDefinition(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u'[') && t.contains(u"]:");
}

QString firstOf(const QHash<QString, QString> &map, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QString v = map.value(QString::fromUtf16(k));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

MarkdownDocument markdownToText(const QString &markdown)
{
    MarkdownDocument doc;
    const QStringList lines = markdown.split(u'\n');
    QStringList out;
    bool inCode = false;
    for (qsizetype i = readFrontMatter(lines, &doc.frontMatter); i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isFence(line)) {
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out.append(line);
            continue;
        }
        if (isRule(line) || isReferenceDefinition(line)) {
            // "===" or "---" under a line makes it a heading: the line stays, the rule goes.
            out.append(QString());
            continue;
        }
        out.append(markdownInlineToText(stripBlockMarkup(line)).trimmed());
    }
    // Collapse the blank lines left by removed markup to one.
    QStringList compact;
    for (const QString &line : std::as_const(out)) {
        if (line.isEmpty() && (compact.isEmpty() || compact.back().isEmpty()))
            continue;
        compact.append(line);
    }
    while (!compact.isEmpty() && compact.back().isEmpty())
        compact.removeLast();
    doc.text = compact.join(u'\n');
    return doc;
}

Article readMarkdown(const QString &markdown, const QString &path)
{
    const MarkdownDocument doc = markdownToText(markdown);
    Article article;
    article.id = path;
    article.sourcePath = path;
    article.format = QStringLiteral("md");
    article.title = firstOf(doc.frontMatter, {u"title"});
    article.author = firstOf(doc.frontMatter, {u"author", u"authors", u"byline"});
    article.outlet = firstOf(doc.frontMatter, {u"outlet", u"source", u"site", u"publisher"});
    article.published = isoFromMachineDate(firstOf(doc.frontMatter, {u"date", u"published", u"pubdate"}));
    article.language = firstOf(doc.frontMatter, {u"language", u"lang"}).left(2);
    // The text starts with the title line, as a plain-text article does.
    const QString firstLine = doc.text.section(u'\n', 0, 0).trimmed();
    article.text = doc.text;
    if (!article.title.isEmpty() && firstLine != article.title)
        article.text = article.title + QStringLiteral("\n\n") + doc.text;
    mergeHeader(article, parseHeader(article.text));
    completeArticle(article);
    return article;
}

} // namespace dealdesk
