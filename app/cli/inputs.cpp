#include "app/cli/inputs.h"

#include "core/import/articlereader.h"

#include <QFile>
#include <QTextStream>

namespace dealdesk::cli {
namespace {

void report(const QList<ImportProblem> &problems)
{
    QTextStream err(stderr);
    for (const ImportProblem &p : problems)
        err << "dealdesk: " << p.message() << Qt::endl;
}

QByteArray readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace

bool forEachArticleBatch(const QStringList &paths, const InputOptions &options,
                         const std::function<void(QList<Article>)> &consume)
{
    bool allRead = true;
    QList<Article> batch;
    auto take = [&](ReadOutcome outcome) {
        if (!outcome.problems.isEmpty()) {
            allRead = false;
            report(outcome.problems);
        }
        for (Article &a : outcome.articles) {
            batch.append(std::move(a));
            if (batch.size() >= options.batchSize) {
                consume(std::exchange(batch, {}));
            }
        }
    };

    ReadOptions readOptions;
    readOptions.maxFileBytes = options.maxFileBytes;
    QStringList filePaths;
    for (const QString &path : paths) {
        if (path == u"-") {
            const QByteArray data = readStandardInput();
            take(options.jsonLines ? readJsonLines(data, path) : readArticleData(data, path, readOptions));
            continue;
        }
        QList<ImportProblem> problems;
        const QStringList files = collectArticleFiles({path}, &problems);
        take({{}, problems});
        filePaths += files;
    }
    QTextStream err(stderr);
    for (qsizetype i = 0; i < filePaths.size(); ++i) {
        const QString &file = filePaths[i];
        if (options.jsonLines) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                take({{}, {ImportProblem{file, 0, f.errorString()}}});
                continue;
            }
            take(readJsonLines(f.readAll(), file));
        } else {
            take(readArticleFile(file, readOptions));
        }
        if (options.progress && (i % 50 == 49 || i + 1 == filePaths.size()))
            err << "\rread " << (i + 1) << "/" << filePaths.size() << " files" << Qt::flush;
    }
    if (options.progress && !filePaths.isEmpty())
        err << Qt::endl;
    if (!batch.isEmpty())
        consume(std::move(batch));
    return allRead;
}

const QStringList &knownLanguages()
{
    static const QStringList languages{u"it"_qs, u"en"_qs, u"fr"_qs, u"de"_qs, u"es"_qs};
    return languages;
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << "dealdesk: " << message << "\n\n" << parser.helpText();
    return 2;
}

std::unique_ptr<SqliteCorpusStore> openCorpusOrReport(const QString &path, SqliteCorpusStore::OpenMode mode)
{
    auto opened = SqliteCorpusStore::open(path, mode);
    if (!opened.ok()) {
        QTextStream(stderr) << "dealdesk: " << opened.error().message() << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace dealdesk::cli
