#pragma once
// The words that make two amounts one range (resources/lexicon/<lang>/ranges.tsv): a start
// ("tra", "between", "zwischen", "entre") with its join ("e", "and", "und", "et"), an infix
// between two numbers ("-", "to", "bis", "à"), and the articles that may follow a start or a
// join ("tra i 15 e i 25").

#include "core/extract/numbers/phrasematcher.h"

#include <QStringList>

namespace dealdesk {

class RangeWords
{
public:
    explicit RangeWords(const QString &language, QStringList *errors = nullptr);

    // Each returns the token after the word(s) matched at `index`, or -1. Inline: asked at
    // every number, and most tokens are refused by the matcher's inline shape test.
    [[nodiscard]] qsizetype startAt(const ExtractionInput &in, qsizetype index) const { return match(Start, in, index); }
    [[nodiscard]] qsizetype joinAt(const ExtractionInput &in, qsizetype index) const { return match(Join, in, index); }
    [[nodiscard]] qsizetype infixAt(const ExtractionInput &in, qsizetype index) const { return match(Infix, in, index); }
    // False when no start word or phrase begins with `token`: a test on its text alone,
    // before startAt().
    [[nodiscard]] bool mayStartWith(QStringView token) const { return m_kinds[Start].isFirstPart(token); }
    // `index` itself when no article is there.
    [[nodiscard]] qsizetype skipArticle(const ExtractionInput &in, qsizetype index) const;

private:
    enum Kind { Start, Join, Infix, Article, KindCount };
    PhraseMatcher m_kinds[KindCount];
    [[nodiscard]] qsizetype match(Kind kind, const ExtractionInput &in, qsizetype index) const
    {
        const auto hit = m_kinds[kind].matchAt(in, index);
        return hit ? hit->endToken : -1;
    }
};

} // namespace dealdesk
