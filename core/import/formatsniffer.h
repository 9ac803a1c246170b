#pragma once
// Which reader a file goes to: by its extension when it has a known one, else by its first
// bytes ("<rss", "<feed", "<html", a JSON object per line, front matter or a "# " heading).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dealdesk {

enum class ArticleFormat : quint8 { Text, Markdown, Html, Feed, JsonLines };

// The format an extension stands for; nullopt-like false when unknown.
[[nodiscard]] bool formatFromExtension(const QString &path, ArticleFormat *format);
[[nodiscard]] ArticleFormat sniffFormat(const QByteArray &head);
[[nodiscard]] const QStringList &knownExtensions(); // lower case, without the dot

} // namespace dealdesk
