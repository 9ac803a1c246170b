#include "core/extract/extractioninput.h"

#include "core/extract/entities/phrasetrie.h"
#include "core/text/article.h"

#include <algorithm>

namespace dealdesk {

ExtractionInput ExtractionInput::from(const Article &article, const SentenceSplitter &splitter)
{
    ExtractionInput in;
    in.text = article.text;
    for (const TextRange &r : article.metadataRanges) {
        const qsizetype start = std::clamp<qsizetype>(r.start, 0, in.text.size());
        const qsizetype end = std::clamp<qsizetype>(r.end, start, in.text.size());
        for (qsizetype i = start; i < end; ++i) {
            if (in.text[i] != u'\n')
                in.text[i] = u' ';
        }
    }
    in.language = article.language.isEmpty() ? QStringLiteral("en") : article.language;
    in.published = article.published;
    const QString day = article.published.left(10);
    if (day.size() == 10)
        in.reference = QDate::fromString(day, Qt::ISODate);
    else if (day.size() == 7)
        in.reference = QDate::fromString(day + QStringLiteral("-01"), Qt::ISODate);
    else if (day.size() == 4)
        in.reference = QDate::fromString(day + QStringLiteral("-01-01"), Qt::ISODate);
    in.tokens = tokenize(in.text);
    in.sentences = splitter.split(in.text);
    in.tokenKeys = TokenKeys::keysOf(in.text, in.tokens);
    return in;
}

qsizetype ExtractionInput::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](qsizetype p, const TextRange &s) { return p < s.end; });
    return (it != sentences.end() && it->start <= pos) ? it - sentences.begin() : -1;
}

} // namespace dealdesk
