#pragma once
// Number words of one language ("venticinque", "twenty-five", "quatre-vingt-dix",
// "zweieinhalb", "doscientos mil"): the pieces from resources/lexicon/<lang>/numbers.tsv and
// the arithmetic that joins them. Glued words are split by trying every way the pieces can
// cover the word (short words, so the search is tiny), and the pieces are added or multiplied
// the way the words are read, refusing joins no writer makes ("cinque dieci").

#include "core/extract/numbers/lettertrie.h"
#include "core/extract/numbers/phrasematcher.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVarLengthArray>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace dealdesk {

enum class NumberPart : quint8 { Unit, Ten, Hundred, Thousand, Article, Fraction, Connector };

struct NumberPiece
{
    double value = 0;
    NumberPart part = NumberPart::Unit;
    bool alone = true; // a number when it stands alone
};

// Adds pieces left to right. Each add() says whether the piece may join what came before; a
// piece that may not is left for the caller (the number ended before it).
class NumberAccumulator
{
public:
    // `sameWord`: the piece is glued to the previous one ("einund|zwanzig").
    [[nodiscard]] bool canTake(const NumberPiece &p, bool sameWord) const;
    void take(const NumberPiece &p);
    // The value read so far when it stands as a number: no dangling "e", "a" or "mila".
    [[nodiscard]] std::optional<double> value(bool scaleFollows) const;
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] int count() const { return m_count; }

private:
    double m_total = 0;
    double m_current = 0;
    int m_count = 0;
    NumberPiece m_last;
    NumberPiece m_beforeConnector;
    bool m_lastAlone = true;
};

class NumberWords
{
public:
    // Reads numbers.tsv rows (word, value, kind, alone); errors name the file and line.
    void load(const QString &path, QStringList *errors);

    // The pieces that make `word` (one token, case-folded), in order; empty when it is not a
    // number word. Words longer than any number word is are refused at once.
    [[nodiscard]] QList<NumberPiece> split(QStringView foldedWord) const;
    // Case-folds `word` into `out` without allocating for short words.
    static void fold(QStringView word, QVarLengthArray<QChar, 64> &out);
    // A cheap first test: can a number word start with this (folded) letter?
    [[nodiscard]] bool canStartWith(QChar foldedFirst) const { return m_firstLetters.test(foldedFirst.unicode()); }
    [[nodiscard]] static size_t pairKey(QChar a, QChar b) { return (size_t(a.unicode()) * 257 + b.unicode()) & 0xffff; }
    // False when no piece is a prefix of `word` (as written, folded letter by letter here), so
    // split() of it is surely empty: the trie walk stops after a letter or two on most words.
    [[nodiscard]] bool mayBeginWord(QStringView word) const;
    [[nodiscard]] const QStringList &multiTokenWords() const { return m_multiTokenWords; }
    [[nodiscard]] const QList<NumberPiece> &multiTokenPieces() const { return m_multiTokenPieces; }
    [[nodiscard]] const QStringList &percentWords() const { return m_percentWords; }
    // A part of a following scale ("half", "quarter", "mezzo", "halbe"; kind part): its
    // value, and in `takesArticle` whether an article may stand between it and the scale
    // ("half a million", not "quarter a billion"). nullopt when `word` is none.
    [[nodiscard]] std::optional<double> partValue(QStringView word, bool *takesArticle = nullptr) const;
    // False when `word` is surely no part: two bit tests, inline, as every word of an article
    // that is no number word asks.
    [[nodiscard]] bool mayBePart(QStringView word) const
    {
        return !word.isEmpty() && word.size() < 32 && m_partLengths.test(size_t(word.size()))
            && m_partFirstLetters.test(PhraseMatcher::foldChar(word.front()).unicode());
    }
    // A word joining a part to its scale ("of", "di", "de"; kind partlink).
    [[nodiscard]] bool isPartLink(QStringView word) const;

private:
    LetterTrie m_pieces; // folded piece text -> index into m_pieceList
    QList<NumberPiece> m_pieceList;
    std::bitset<65536> m_firstLetters; // a bit per UTF-16 unit: tested for every word of an article
    std::bitset<65536> m_firstPairs;   // the first two letters of pieces (hashed): a second early test
    QStringList m_multiTokenWords; // "quatre-vingt", "dix-sept": matched as phrases
    QList<NumberPiece> m_multiTokenPieces;
    QStringList m_percentWords;
    struct Part
    {
        QString folded;
        double value = 0;
        bool takesArticle = false;
    };
    QList<Part> m_parts; // a handful per language: compared in turn
    QStringList m_partLinks; // folded
    std::bitset<65536> m_partFirstLetters; // of parts
    std::bitset<32> m_partLengths;         // of parts: most words are refused by their length
    std::bitset<65536> m_linkFirstLetters;
    std::bitset<32> m_linkLengths;
    qsizetype m_maxPieceLength = 0;
};

} // namespace dealdesk
