#include "core/extract/money/qualifierlexicon.h"

#include "core/extract/tsvtable.h"

namespace dealdesk {

QualifierLexicon::QualifierLexicon(const QString &language, QStringList *errors)
{
    const QString path = lexiconPath(language, QStringLiteral("qualifiers"));
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const auto q = qualifierFromString(table->value(r, QStringLiteral("qualifier")));
        const QString form = table->value(r, QStringLiteral("form"));
        if (!q || form.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad qualifier row").arg(path).arg(table->lineNumber(r)));
            continue;
        }
        m_phrases.add(form, int(m_entries.size()));
        m_entries.append(QualifierHit{0, *q, table->value(r, QStringLiteral("span")) != u"out"});
    }
}

std::optional<QualifierHit> QualifierLexicon::before(const ExtractionInput &in, qsizetype amountStart) const
{
    const auto hit = m_phrases.matchBefore(in, amountStart);
    if (!hit)
        return std::nullopt;
    // The phrase must start a word: "sull'oltre" is no "oltre", and no letter may be glued.
    QualifierHit q = m_entries[hit->payload];
    q.firstToken = hit->firstToken;
    return q;
}

} // namespace dealdesk
