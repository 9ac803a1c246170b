#pragma once
// What every extraction component sees of one article, made once by Extractor::run and
// shared: the text with its metadata parts blanked out (so offsets stay those of
// Article::text and no component needs to know about headers), its tokens and sentences,
// its language and the date that relative expressions are read against.

#include "core/text/tokenizer.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dealdesk {

struct Article;

struct ExtractionInput
{
    QString text;              // Article::text with every metadata range replaced by spaces
    QList<Token> tokens;       // tokenize(text)
    QList<TextRange> sentences;
    // TokenKeys::keysOf(text, tokens): each word's accent- and case-folded key, folded once
    // here for every component that looks words up (entities, deals).
    QList<quint64> tokenKeys;
    QString language;          // it, en, fr, de, es (falls back to en when unknown)
    QString published;         // the article's ISO date at its own precision, may be empty
    QDate reference;           // published as a day (first day of its month/year), or invalid

    [[nodiscard]] static ExtractionInput from(const Article &article, const SentenceSplitter &splitter);
    // The index of the sentence holding UTF-16 offset `pos` (binary search), -1 if none.
    [[nodiscard]] qsizetype sentenceAt(qsizetype pos) const;
};

} // namespace dealdesk
