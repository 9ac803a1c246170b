#include "core/exchange/exchangereport.h"

namespace dealdesk {

QStringList ExchangeReport::lines(bool import) const
{
    QStringList out;
    for (const QString &n : notes)
        out << QStringLiteral("note: ") + n;
    for (const QString &e : errors)
        out << QStringLiteral("error: ") + e;
    if (import) {
        out << QStringLiteral("read %1 articles with %2 annotations; %3 articles and %4 annotations added, "
                              "%5 annotations already in the corpus, %6 pending suggestions decided")
                   .arg(articles)
                   .arg(annotations)
                   .arg(articlesAdded)
                   .arg(annotationsAdded)
                   .arg(alreadyStored)
                   .arg(decisionsTaken);
        if (!errors.isEmpty())
            out << QStringLiteral("the lines and files named above were skipped; everything else was imported");
    } else {
        out << QStringLiteral("exported %1 articles with %2 annotations into %3 files")
                   .arg(articles)
                   .arg(annotations)
                   .arg(files.size());
    }
    return out;
}

} // namespace dealdesk
