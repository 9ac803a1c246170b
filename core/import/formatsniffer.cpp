#include "core/import/formatsniffer.h"

#include <QFileInfo>

namespace dealdesk {
namespace {

// Enough bytes to get past an XML declaration, a doctype and a comment or two.
constexpr qsizetype kSniffBytes = 4096;

} // namespace

const QStringList &knownExtensions()
{
    static const QStringList extensions{u"txt"_qs, u"md"_qs, u"markdown"_qs, u"html"_qs, u"htm"_qs,
                                        u"xml"_qs, u"rss"_qs, u"atom"_qs, u"jsonl"_qs};
    return extensions;
}

bool formatFromExtension(const QString &path, ArticleFormat *format)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"txt")
        *format = ArticleFormat::Text;
    else if (ext == u"md" || ext == u"markdown")
        *format = ArticleFormat::Markdown;
    else if (ext == u"html" || ext == u"htm")
        *format = ArticleFormat::Html;
    else if (ext == u"xml" || ext == u"rss" || ext == u"atom")
        *format = ArticleFormat::Feed;
    else if (ext == u"jsonl")
        *format = ArticleFormat::JsonLines;
    else
        return false;
    return true;
}

ArticleFormat sniffFormat(const QByteArray &data)
{
    QByteArray head = data.left(kSniffBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray lower = head.trimmed().toLower();
    if (lower.startsWith('<')) {
        if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf"))
            return ArticleFormat::Feed;
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
            || lower.contains("<p") || lower.contains("<div") || lower.contains("<article"))
            return ArticleFormat::Html;
        if (lower.startsWith("<?xml"))
            return ArticleFormat::Feed;
        return ArticleFormat::Html;
    }
    if (lower.startsWith('{'))
        return ArticleFormat::JsonLines;
    if (lower.startsWith("---\n") || lower.startsWith("---\r\n") || lower.startsWith("# "))
        return ArticleFormat::Markdown;
    return ArticleFormat::Text;
}

} // namespace dealdesk
