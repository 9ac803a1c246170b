#pragma once
// Sentence boundaries of a text by the rules of Unicode's UAX #29 (the rules ICU's sentence
// break iterator implements), read from ICU's Sentence_Break property of each character.
// Only a terminator (".", "!", "?", ...) or a paragraph separator can end a sentence, so one
// pass looks at those and their neighbours: several times cheaper than running ICU's rule
// machine over every character a second time, after the word breaks.

#include <QList>
#include <QStringView>

namespace dealdesk {

// The UTF-16 offsets where a sentence ends, ascending, the last one text.size(): what ICU's
// sentence iterator returns after its first boundary (0). Empty for an empty text.
[[nodiscard]] QList<qsizetype> sentenceBreaks(QStringView text);

// Builds the character table sentenceBreaks() reads (a property look-up for each of the 65,536
// BMP characters, more than splitting a long article) now rather than in the first article.
void prepareSentenceBreaks();

} // namespace dealdesk
