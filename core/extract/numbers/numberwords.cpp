#include "core/extract/numbers/numberwords.h"

#include "core/extract/numbers/phrasematcher.h"
#include "core/extract/tsvtable.h"
#include "core/text/tokenizer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace dealdesk {

namespace {

// Glued number words are short ("duecentocinquantamila" is 21 letters); longer tokens are
// refused before any search so that a 1 MB "word" costs one comparison.
constexpr qsizetype kMaxGluedLength = 48;

std::optional<NumberPart> partFromString(const QString &kind)
{
    if (kind == u"unit")
        return NumberPart::Unit;
    if (kind == u"ten")
        return NumberPart::Ten;
    if (kind == u"hundred")
        return NumberPart::Hundred;
    if (kind == u"thousand")
        return NumberPart::Thousand;
    if (kind == u"article")
        return NumberPart::Article;
    if (kind == u"fraction")
        return NumberPart::Fraction;
    if (kind == u"connector")
        return NumberPart::Connector;
    return std::nullopt;
}

bool isSmall(const NumberPiece &p) { return p.part == NumberPart::Unit || p.part == NumberPart::Article; }

} // namespace

bool NumberAccumulator::canTake(const NumberPiece &p, bool sameWord) const
{
    if (m_count == 0)
        return p.part != NumberPart::Connector && p.part != NumberPart::Fraction;
    const NumberPart last = m_last.part;
    switch (p.part) {
    case NumberPart::Article: // "vingt et un"
        return last == NumberPart::Connector && m_beforeConnector.part == NumberPart::Ten;
    case NumberPart::Connector:
        // "one hundred and five", "vingt et un", "treinta y cinco", "einundzwanzig",
        // "tre e mezzo": the piece after it is checked when it comes.
        return last != NumberPart::Connector && last != NumberPart::Fraction;
    case NumberPart::Fraction:
        return last == NumberPart::Unit || last == NumberPart::Ten || last == NumberPart::Article
            || (last == NumberPart::Connector && m_beforeConnector.part != NumberPart::Connector);
    case NumberPart::Unit:
        if (last == NumberPart::Connector)
            return m_beforeConnector.part == NumberPart::Ten || m_beforeConnector.part == NumberPart::Hundred
                || m_beforeConnector.part == NumberPart::Thousand;
        // "venti|cinque", "twenty five"; "cento|venti"; "mille|due"; never "cinque dieci".
        if (last == NumberPart::Ten) // "soixante-dix", "quatre-vingt-onze" take a teen
            return p.value < 20;
        return last == NumberPart::Hundred || last == NumberPart::Thousand;
    case NumberPart::Ten:
        if (last == NumberPart::Connector) // "hundred and twenty"; German "ein|und|zwanzig" in one word
            return m_beforeConnector.part == NumberPart::Hundred || m_beforeConnector.part == NumberPart::Thousand
                || (sameWord && isSmall(m_beforeConnector) && m_beforeConnector.value < 10);
        return last == NumberPart::Hundred || last == NumberPart::Thousand;
    case NumberPart::Hundred:
        if (last == NumberPart::Connector)
            return false;
        return (isSmall(m_last) && m_current < 10) || last == NumberPart::Thousand;
    case NumberPart::Thousand:
        if (last == NumberPart::Connector || last == NumberPart::Thousand)
            return false;
        return m_current > 0 && m_current < 1000;
    }
    return false;
}

void NumberAccumulator::take(const NumberPiece &p)
{
    switch (p.part) {
    case NumberPart::Unit:
    case NumberPart::Ten:
    case NumberPart::Article:
    case NumberPart::Fraction:
        m_current += p.value;
        break;
    case NumberPart::Hundred:
        // "cento" alone or after "mille" is a hundred; after "cinque" it multiplies.
        m_current = (m_count == 0 || m_last.part == NumberPart::Thousand) ? 100 : m_current * 100;
        break;
    case NumberPart::Thousand:
        m_total += (m_count == 0 ? 1 : m_current) * 1000;
        m_current = 0;
        break;
    case NumberPart::Connector:
        m_beforeConnector = m_last;
        break;
    }
    if (m_count == 0)
        m_lastAlone = p.alone;
    else
        m_lastAlone = true;
    m_last = p;
    ++m_count;
}

std::optional<double> NumberAccumulator::value(bool scaleFollows) const
{
    if (m_count == 0 || m_last.part == NumberPart::Connector)
        return std::nullopt;
    if (m_count == 1 && !m_lastAlone) {
        // "un", "a", "mila" alone: a number only before a scale ("un miliardo").
        if (!(scaleFollows && m_last.part == NumberPart::Article))
            return std::nullopt;
    }
    return m_total + m_current;
}

void NumberWords::load(const QString &path, QStringList *errors)
{
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString word = table->value(r, QStringLiteral("word"));
        const QString kind = table->value(r, QStringLiteral("kind"));
        if (kind == u"percent") {
            m_percentWords << word;
            continue;
        }
        if (kind == u"partlink") {
            m_partLinks << word.toCaseFolded();
            m_linkFirstLetters.set(m_partLinks.back().front().unicode());
            m_linkLengths.set(std::min<qsizetype>(m_partLinks.back().size(), 31));
            continue;
        }
        if (kind == u"part") {
            bool ok = false;
            const double value = table->value(r, QStringLiteral("value")).toDouble(&ok);
            if (!ok || value <= 0 || value >= 1 || word.isEmpty()) {
                if (errors)
                    errors->append(QStringLiteral("%1:%2: bad part row").arg(path).arg(table->lineNumber(r)));
                continue;
            }
            m_parts.append(Part{word.toCaseFolded(), value, table->value(r, QStringLiteral("alone")) == u"yes"});
            m_partFirstLetters.set(m_parts.back().folded.front().unicode());
            m_partLengths.set(std::min<qsizetype>(m_parts.back().folded.size(), 31));
            continue;
        }
        const auto part = partFromString(kind);
        bool ok = false;
        const double value = table->value(r, QStringLiteral("value")).toDouble(&ok);
        if (!part || !ok || word.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad number word row").arg(path).arg(table->lineNumber(r)));
            continue;
        }
        const NumberPiece piece{value, *part, table->value(r, QStringLiteral("alone")) != u"no"};
        const QString folded = word.toCaseFolded();
        qsizetype solidTokens = 0;
        for (const Token &t : tokenize(folded))
            solidTokens += t.kind != TokenKind::Space;
        if (solidTokens > 1) {
            m_multiTokenWords << folded;
            m_multiTokenPieces << piece;
            continue;
        }
        m_pieces.add(folded, int(m_pieceList.size())); // a repeated row: the later one counts
        m_pieceList << piece;
        m_firstLetters.set(folded.front().unicode());
        m_firstPairs.set(pairKey(folded.front(), folded.size() > 1 ? folded[1] : QChar()));
        m_maxPieceLength = std::max(m_maxPieceLength, folded.size());
    }
}

void NumberWords::fold(QStringView word, QVarLengthArray<QChar, 64> &out)
{
    out.resize(word.size());
    for (qsizetype i = 0; i < word.size(); ++i)
        out[i] = PhraseMatcher::foldChar(word[i]);
}

namespace {

bool equalsFolded(QStringView word, const QString &folded)
{
    if (word.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (PhraseMatcher::foldChar(word[i]) != folded[i])
            return false;
    }
    return true;
}

} // namespace

std::optional<double> NumberWords::partValue(QStringView word, bool *takesArticle) const
{
    if (!mayBePart(word))
        return std::nullopt;
    for (const Part &p : m_parts) {
        if (equalsFolded(word, p.folded)) {
            if (takesArticle)
                *takesArticle = p.takesArticle;
            return p.value;
        }
    }
    return std::nullopt;
}

bool NumberWords::isPartLink(QStringView word) const
{
    if (word.isEmpty() || word.size() > 31 || !m_linkLengths.test(size_t(word.size()))
        || !m_linkFirstLetters.test(PhraseMatcher::foldChar(word.front()).unicode()))
        return false;
    return std::any_of(m_partLinks.cbegin(), m_partLinks.cend(),
                       [word](const QString &link) { return equalsFolded(word, link); });
}

bool NumberWords::mayBeginWord(QStringView word) const
{
    int node = LetterTrie::kRoot;
    for (const QChar c : word) {
        node = m_pieces.next(node, PhraseMatcher::foldChar(c));
        if (node < 0)
            return false;
        if (m_pieces.valueAt(node) >= 0)
            return true;
    }
    return false;
}

QList<NumberPiece> NumberWords::split(QStringView foldedWord) const
{
    const qsizetype n = foldedWord.size();
    if (n == 0 || n > kMaxGluedLength || !canStartWith(foldedWord.front()))
        return {};
    // A word no piece can begin (most words) is refused before any walking: its first two
    // letters must begin a piece, or its first letter be a piece of its own ("e").
    if (n > 1 && !m_firstPairs.test(pairKey(foldedWord[0], foldedWord[1]))
        && !m_firstPairs.test(pairKey(foldedWord[0], QChar())))
        return {};
    // Forward over the word: back[i] is where the piece ending at i started and piece[i] which
    // it is, -1 when no cover reaches i. From each reached position the trie is walked.
    QVarLengthArray<qsizetype, 64> back(n + 1);
    QVarLengthArray<int, 64> piece(n + 1);
    std::fill(back.begin(), back.end(), -1);
    back[0] = 0;
    for (qsizetype p = 0; p < n; ++p) {
        if (back[p] < 0)
            continue;
        int node = LetterTrie::kRoot;
        for (qsizetype at = p; at < n; ++at) {
            node = m_pieces.next(node, foldedWord[at]);
            if (node < 0)
                break;
            if (const int found = m_pieces.valueAt(node); found >= 0) {
                back[at + 1] = p; // a later start wins: the last piece is the longest
                piece[at + 1] = found;
            }
        }
        if (p == 0 && back[n] == 0) // the whole word is one piece
            return {m_pieceList[piece[n]]};
    }
    if (back[n] < 0)
        return {};
    QList<NumberPiece> pieces;
    for (qsizetype end = n; end > 0; end = back[end])
        pieces.prepend(m_pieceList[piece[end]]);
    return pieces;
}

} // namespace dealdesk
