#pragma once
// What the commands share: turning PATH arguments into articles (files, folders, "-" for
// standard input, JSON Lines), reporting bad inputs on stderr, opening the corpus, and usage
// errors.

#include "core/store/sqlitecorpusstore.h"
#include "core/text/article.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace dealdesk::cli {

struct InputOptions
{
    bool jsonLines = false;          // every input is JSON Lines
    qint64 maxFileBytes = 20 * 1024 * 1024;
    qsizetype batchSize = 256;       // articles handed over at once
    bool progress = false;           // "N/M files" on stderr while reading
};

// Reads every article of `paths` in order and hands them over in batches. Each bad input
// (or bad JSONL line) is reported on stderr as "dealdesk: FILE[:LINE]: reason" and skipped.
// Returns false when anything was skipped.
[[nodiscard]] bool forEachArticleBatch(const QStringList &paths, const InputOptions &options,
                                       const std::function<void(QList<Article>)> &consume);

[[nodiscard]] const QStringList &knownLanguages();

// The corpus at `path`; null after printing "dealdesk: FILE: reason" when it cannot be opened.
[[nodiscard]] std::unique_ptr<SqliteCorpusStore> openCorpusOrReport(const QString &path,
                                                                    SqliteCorpusStore::OpenMode mode);

// Prints "dealdesk: message" and the command's help; returns the usage exit status (2).
[[nodiscard]] int usageError(const QCommandLineParser &parser, const QString &message);

} // namespace dealdesk::cli
