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

qsizetype RangeWords::match(Kind kind, const ExtractionInput &in, qsizetype index) const
{
    const auto hit = m_kinds[kind].matchAt(in, index);
    return hit ? hit->endToken : -1;
}

qsizetype RangeWords::startAt(const ExtractionInput &in, qsizetype index) const { return match(Start, in, index); }
qsizetype RangeWords::joinAt(const ExtractionInput &in, qsizetype index) const { return match(Join, in, index); }
qsizetype RangeWords::infixAt(const ExtractionInput &in, qsizetype index) const { return match(Infix, in, index); }

qsizetype RangeWords::skipArticle(const ExtractionInput &in, qsizetype index) const
{
    const qsizetype after = match(Article, in, index);
    return after >= 0 ? after : index;
}

} // namespace dealdesk
