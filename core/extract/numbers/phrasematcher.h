#pragma once
// Finds lexicon phrases ("fino a", "US$", "Mrd.", "migliaia di miliardi") in the token list
// of an article. A phrase is tokenized once when it is added, with the tokenizer the article
// went through, so "jusqu'à" or "US-Dollar" split the same way in both; white space between
// tokens is ignored (the text may write "US $" or "fino  a") but a blank line ends a phrase.

#include "core/extract/extractioninput.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

struct PhraseHit
{
    qsizetype firstToken = 0; // token indices, end exclusive; spaces inside are included
    qsizetype endToken = 0;
    int payload = 0;          // what the caller attached to the phrase
};

class PhraseMatcher
{
public:
    // `exactCase`: compare letters as written ("M", "Fr."); otherwise case-folded.
    void add(const QString &phrase, int payload, bool exactCase = false);
    [[nodiscard]] bool isEmpty() const { return m_byFirst.isEmpty(); }

    // The longest phrase whose first token is `index`.
    [[nodiscard]] std::optional<PhraseHit> matchAt(const ExtractionInput &in, qsizetype index) const;
    // The longest phrase whose last token is the last non-space token before `end`.
    [[nodiscard]] std::optional<PhraseHit> matchBefore(const ExtractionInput &in, qsizetype end) const;

    // The key a token is looked up by: case-folded, typographic apostrophe made plain.
    [[nodiscard]] static QString fold(QStringView token);

private:
    struct Phrase
    {
        QStringList parts;  // folded
        QStringList exact;  // as written, compared only when exactCase
        bool exactCase = false;
        int payload = 0;
    };
    [[nodiscard]] bool partMatches(const Phrase &p, qsizetype part, QStringView token) const;
    QHash<QString, QList<Phrase>> m_byFirst; // longest first
    QHash<QString, QList<Phrase>> m_byLast;
};

// The next non-space token at or after `index` in the same paragraph; -1 when a blank line or
// the end comes first. Spaces longer than `maxSpace` characters also stop it.
[[nodiscard]] qsizetype nextSolid(const ExtractionInput &in, qsizetype index, qsizetype maxSpace = 3);
// The last non-space token before `end`, with the same limits; -1 when none.
[[nodiscard]] qsizetype previousSolid(const ExtractionInput &in, qsizetype end, qsizetype maxSpace = 3);

} // namespace dealdesk
