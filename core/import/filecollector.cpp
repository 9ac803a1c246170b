// collectArticleFiles (declared in articlereader.h): the files an import reads.
#include "core/import/articlereader.h"
#include "core/import/formatsniffer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace dealdesk {

QStringList collectArticleFiles(const QStringList &paths, QList<ImportProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append({path, 0, QStringLiteral("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        // Symbolic links are not followed: a link back up the tree would never end.
        QDirIterator it(QDir::cleanPath(path), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (knownExtensions().contains(QFileInfo(file).suffix().toLower()))
                found.append(file);
        }
        // Sorted by path components, so "a/b.txt" comes with "a/", before "a-c.txt".
        std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
            return a.split(u'/') < b.split(u'/');
        });
        files += found;
    }
    return files;
}

} // namespace dealdesk
