#include "core/import/articlereader.h"

#include "core/import/feedreader.h"
#include "core/import/formatsniffer.h"
#include "core/import/htmlreader.h"
#include "core/import/jsonlinesreader.h"
#include "core/import/markdownreader.h"
#include "core/import/textreader.h"
#include "core/text/textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace dealdesk {
namespace {

ReadOutcome readAs(ArticleFormat format, const QByteArray &data, const QString &name)
{
    ReadOutcome out;
    // Every format is checked as text first, so a binary or empty file gets one clear
    // problem instead of an XML or JSON parser's complaint.
    const DecodedText decoded = decodeText(data);
    if (!decoded.ok()) {
        out.problems.append({name, 0, decoded.error});
        return out;
    }
    switch (format) {
    case ArticleFormat::Text:
        out.articles.append(readPlainText(decoded.text, name));
        break;
    case ArticleFormat::Markdown:
        out.articles.append(readMarkdown(decoded.text, name));
        break;
    case ArticleFormat::Html: {
        ImportProblem problem;
        if (auto article = readHtml(decoded.text, name, &problem))
            out.articles.append(*article);
        else
            out.problems.append(problem);
        break;
    }
    case ArticleFormat::Feed: {
        // Decoded like every other text (BOM, UTF-8 or ICU's detector) rather than by the
        // XML reader, which refuses a Latin-1 feed that does not declare its encoding.
        FeedOutcome feed = readFeed(decoded.text, name);
        out.articles = std::move(feed.articles);
        out.problems = std::move(feed.problems);
        break;
    }
    case ArticleFormat::JsonLines: {
        JsonLinesOutcome lines = readJsonLinesText(decoded.text, name);
        out.articles = std::move(lines.articles);
        out.problems = std::move(lines.problems);
        break;
    }
    }
    return out;
}

} // namespace

ReadOutcome readArticleFile(const QString &path, const ReadOptions &options)
{
    ReadOutcome out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.problems.append({path, 0, QStringLiteral("no such file")});
        return out;
    }
    if (info.isDir()) {
        out.problems.append({path, 0, QStringLiteral("is a folder, not a file")});
        return out;
    }
    if (info.size() > options.maxFileBytes) {
        out.problems.append({path, 0, QStringLiteral("file too large (%1 bytes, the limit is %2)")
                                          .arg(info.size())
                                          .arg(options.maxFileBytes)});
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append({path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return out;
    }
    // Read one byte past the limit: a file that grew after the size check is still refused.
    const QByteArray data = file.read(options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        out.problems.append({path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return out;
    }
    if (data.size() > options.maxFileBytes) {
        out.problems.append({path, 0, QStringLiteral("file too large (over %1 bytes)").arg(options.maxFileBytes)});
        return out;
    }
    ArticleFormat format = ArticleFormat::Text;
    if (!formatFromExtension(path, &format))
        format = sniffFormat(data);
    return readAs(format, data, path);
}

ReadOutcome readArticleData(const QByteArray &data, const QString &sourceName, const ReadOptions &options)
{
    if (data.size() > options.maxFileBytes) {
        ReadOutcome out;
        out.problems.append({sourceName, 0, QStringLiteral("input too large (%1 bytes, the limit is %2)")
                                                .arg(data.size())
                                                .arg(options.maxFileBytes)});
        return out;
    }
    return readAs(sniffFormat(data), data, sourceName);
}

ReadOutcome readJsonLines(const QByteArray &data, const QString &sourceName)
{
    return readAs(ArticleFormat::JsonLines, data, sourceName);
}

} // namespace dealdesk
