#pragma once
// The import entry points the command line and the GUI call: one file (any supported format,
// chosen by extension or sniffed), JSON Lines data, and the list of files under folders.
// Every problem comes back as a value naming the file (and line); nothing throws.

#include "core/import/importproblem.h"
#include "core/text/article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dealdesk {

struct ReadOptions
{
    qint64 maxFileBytes = 20 * 1024 * 1024;
};

struct ReadOutcome
{
    QList<Article> articles;
    QList<ImportProblem> problems;
};

// Reads one file; `path` as given becomes the article id ("path#n" for feed items).
[[nodiscard]] ReadOutcome readArticleFile(const QString &path, const ReadOptions &options = {});

// Reads bytes that did not come from a named file on disk (stdin): format sniffed.
[[nodiscard]] ReadOutcome readArticleData(const QByteArray &data, const QString &sourceName,
                                          const ReadOptions &options = {});

// JSON Lines ({"id","text",...} per line; optional title, author, outlet, published, language, url).
[[nodiscard]] ReadOutcome readJsonLines(const QByteArray &data, const QString &sourceName);

// Files under the given files/folders, folders walked recursively in sorted order, keeping only
// known extensions (.txt .md .markdown .html .htm .xml .rss .atom .jsonl); a path given
// explicitly is always kept (its format sniffed); a path that does not exist becomes a problem.
[[nodiscard]] QStringList collectArticleFiles(const QStringList &paths, QList<ImportProblem> *problems);

} // namespace dealdesk
