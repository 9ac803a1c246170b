#include "core/extract/money/rangewords.h"

#include "core/extract/tsvtable.h"

namespace dealdesk {

RangeWords::RangeWords(const QString &language, QStringList *errors)
{
    const QString path = lexiconPath(language, QStringLiteral("ranges"));
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString kind = table->value(r, QStringLiteral("kind"));
        const QString form = table->value(r, QStringLiteral("form"));
        const Kind k = kind == u"start" ? Start : kind == u"join" ? Join : kind == u"infix" ? Infix
                     : kind == u"article" ? Article : KindCount;
        if (k == KindCount || form.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad range row").arg(path).arg(table->lineNumber(r)));
            continue;
        }
        m_kinds[k].add(form, 0);
    }
}

qsizetype RangeWords::skipArticle(const ExtractionInput &in, qsizetype index) const
{
    const qsizetype after = match(Article, in, index);
    return after >= 0 ? after : index;
}

} // namespace dealdesk
