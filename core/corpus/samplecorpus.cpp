#include "core/corpus/samplecorpus.h"

#include "core/corpus/corpusimporter.h"
#include "core/import/articlereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dealdesk {

QString defaultSampleCorpusPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/samples.dealdesk"_qs;
}

std::optional<StoreError> createSampleCorpus(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return StoreError{path, u"cannot create the folder for the sample corpus"_qs};
    const QString partial = path + u".partial"_qs;
    for (const QString &leftover : {partial, partial + u"-wal"_qs, partial + u"-shm"_qs})
        QFile::remove(leftover);
    {
        auto opened = CorpusImporter::open(partial);
        if (!opened.ok())
            return opened.error();
        QList<ImportProblem> problems;
        QList<Article> articles;
        for (const QString &file : collectArticleFiles({u":/samples"_qs}, &problems))
            articles += readArticleFile(file).articles;
        if (articles.isEmpty())
            return StoreError{path, u"no sample articles are bundled with this build"_qs};
        if (const auto error = opened.value()->addBatch(articles))
            return error;
    } // closed here, so the WAL is folded into the file before it is renamed
    if (!QFile::rename(partial, path))
        return StoreError{path, u"cannot move the new sample corpus into place"_qs};
    return std::nullopt;
}

} // namespace dealdesk
