#include "core/extract/entities/articlescan.h"

#include "core/extract/entities/gazetteer.h"
#include "core/extract/entities/textfold.h"

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dealdesk {
namespace {

bool opensClause(QChar c)
{
    // After these a capital is a sentence's, not a name's: "Foto: Reuters", "«Oggi ...".
    // Letters and digits end most tokens: the ASCII openers are all below '@', the others
    // from '«' on.
    if (c.unicode() >= u'@' && c.unicode() < u'\u00AB')
        return false;
    switch (c.unicode()) {
    case u':': case u'"': case u'\u00AB': case u'\u201C': case u'(': case u'\u2014': case u'\u2013':
    case u'*': case u'#': case u'>': case u'\u2022': case u'!': case u'?': case u';':
        return true;
    default:
        return false;
    }
}

// True when the four UTF-16 units packed in `units` are all small ASCII letters, tested
// together: each 16-bit lane, once known below 0x80, gets bit 7 from an addition exactly
// when it is at least 'a', and from another exactly when it is past 'z'.
constexpr bool fourSmallAscii(quint64 units)
{
    constexpr quint64 lanes = 0x0001000100010001ULL;
    if (units & (0xFF80 * lanes))
        return false;
    const quint64 fromA = units + (0x80 - u'a') * lanes;
    const quint64 pastZ = units + (0x80 - u'z' - 1) * lanes;
    return (fromA & ~pastZ & (0x80 * lanes)) == 0x80 * lanes;
}
static_assert(fourSmallAscii(0x0061007A006D0071ULL) && !fourSmallAscii(0x0061007B006D0071ULL)
              && !fourSmallAscii(0x00610060006D0071ULL) && !fourSmallAscii(0x0061005A006D0071ULL)
              && !fourSmallAscii(0x006100E9006D0071ULL));

// True when the `n` units at `units` are all small ASCII letters; `limit` ends the readable
// text. Eight units in one SSE2 comparison where the text lets them be read (most words are
// shorter), four at a time otherwise.
[[gnu::always_inline]] inline bool allSmallAscii(const char16_t *units, qsizetype n,
                                                 const char16_t *limit)
{
#if defined(__SSE2__)
    if (n <= 8 && limit - units >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units));
        // u - 'a' wraps below 'a', so one unsigned "at most 25" settles both ends.
        const __m128i fromA = _mm_sub_epi16(v, _mm_set1_epi16(u'a'));
        const __m128i small =
            _mm_cmpeq_epi16(_mm_subs_epu16(fromA, _mm_set1_epi16(25)), _mm_setzero_si128());
        const unsigned want = (1u << (2 * n)) - 1;
        return (unsigned(_mm_movemask_epi8(small)) & want) == want;
    }
#else
    Q_UNUSED(limit);
#endif
    qsizetype k = 0;
    for (; k + 4 <= n; k += 4) {
        quint64 four;
        std::memcpy(&four, units + k, sizeof four);
        if (!fourSmallAscii(four))
            return false;
    }
    for (; k < n; ++k) {
        if (char16_t(units[k] - u'a') >= 26)
            return false;
    }
    return true;
}

// A brand's shape (mayBeBrand()): 4 to 40 letters and digits with a capital after a small
// letter. Most words are small ASCII letters only, or a capital and small letters, settled
// by allSmallAscii(); the rest is read unit by unit, ASCII letters and digits told apart
// without QChar's tables.
bool brandShaped(QStringView w, const char16_t *limit)
{
    const qsizetype n = w.size();
    if (n < 4 || n > 40)
        return false;
    const char16_t *units = w.utf16();
    if (allSmallAscii(units, n, limit))
        return false;
    if (units[0] >= u'A' && units[0] <= u'Z' && allSmallAscii(units + 1, n - 1, limit))
        return false; // "Milano"
    qsizetype k = 0;
    while (k < n && char16_t(units[k] - u'a') < 26)
        ++k;
    bool lowerSeen = k > 0;
    for (QChar c : w.sliced(k)) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (u >= u'a' && u <= u'z') {
                lowerSeen = true;
                continue;
            }
            if (u >= u'A' && u <= u'Z') {
                if (lowerSeen)
                    return true;
                continue;
            }
            if (u >= u'0' && u <= u'9')
                continue;
            return false;
        }
        if (!c.isLetterOrNumber())
            return false;
        if (c.isLower())
            lowerSeen = true;
        else if (c.isUpper() && lowerSeen)
            return true;
    }
    return false;
}

} // namespace

ArticleScan::ArticleScan(QStringView text_, const QList<Token> &tokens_,
                         const QList<TextRange> &sentences, const EntityCues &cues_,
                         const QList<quint64> &tokenKeys, const Gazetteer *known)
    : text(text_), tokens(tokens_), cues(cues_), keys(text_, tokens_, tokenKeys)
{
    m_flags.resize(tokens.size());
    markLines(sentences, known);
}

void ArticleScan::markLines(const QList<TextRange> &sentences, const Gazetteer *known)
{
    quint8 *flags = m_flags.data(); // through the pointer: no detach check per token
    const Token *tokenData = tokens.constData();
    const QChar *units = text.data();
    // Sentence starts: a word after a sentence break, a line break or a clause opener.
    qsizetype s = 0;
    const TextRange *sentenceData = sentences.constData();
    const qsizetype sentenceCount = sentences.size();
    qsizetype lastSentence = -1;
    // The end of sentence `s`, where the next word's sentence must be looked for again.
    constexpr qsizetype never = std::numeric_limits<qsizetype>::max();
    qsizetype sentenceEnd = sentenceCount > 0 ? sentenceData[0].end : never;
    QChar before = u'\n';
    // Headlines: lines in Title Case or ALL CAPS, counted over their longer words.
    qsizetype lineStart = 0;
    int words = 0, capitals = 0, allCaps = 0;
    auto closeLine = [&](qsizetype end) {
        // Most longer words capitalised, counted on three or more, and no full stop at the
        // end (a sentence full of names is not a headline).
        qsizetype last = end - 1;
        while (last >= lineStart && tokenData[last].kind == TokenKind::Space)
            --last;
        const bool sentence = last >= lineStart && tokenData[last].length() == 1
            && units[tokenData[last].start] == u'.';
        const bool headline = !sentence && words >= 3 && (capitals * 10 >= words * 8 || allCaps * 10 >= words * 7);
        if (headline) {
            for (qsizetype j = lineStart; j < end; ++j)
                flags[j] |= Headline;
        }
        words = capitals = allCaps = 0;
    };
    m_smallKeys = std::make_unique_for_overwrite<quint64[]>(size_t(tokens.size()));
    quint64 *smallKeys = m_smallKeys.get();
    qsizetype smallCount = 0;
    m_candidates = std::make_unique_for_overwrite<qsizetype[]>(size_t(tokens.size()));
    qsizetype *candidates = m_candidates.get();
    qsizetype candidateCount = 0;
    auto noteSmall = [&](quint64 key) {
        smallKeys[smallCount++] = key;
        m_smallBits[key % SmallBitCount] = true;
    };
    const char16_t *textEnd = text.utf16() + text.size();
    const qsizetype count = tokens.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Token &t = tokenData[i];
        if (t.kind == TokenKind::Space) {
            if (keys.breaksLine(i)) {
                before = u'\n';
                closeLine(i);
                lineStart = i + 1;
            }
            continue;
        }
        if (t.kind == TokenKind::Punct) {
            before = units[t.end - 1];
            continue;
        }
        // A word or a number. The sentence holding it: sentences only move forward, so the
        // index is advanced here, at words, not at every token.
        if (t.start >= sentenceEnd) {
            while (s < sentenceCount && sentenceData[s].end <= t.start)
                ++s;
            sentenceEnd = s < sentenceCount ? sentenceData[s].end : never;
        }
        const QChar first = t.length() > 0 ? units[t.start] : QChar();
        const quint64 key = keys.at(i);
        // The word's flags gathered here and stored once: a store through `flags` (bytes may
        // alias anything) would make the compiler read the token and key arrays again.
        quint8 f = 0;
        if (t.kind == TokenKind::Word) {
            // isCapitalised(), settled once here; any other word may be a lower-case twin.
            if (t.length() > 0
                && (first.unicode() < 128 ? first.unicode() >= u'A' && first.unicode() <= u'Z'
                                          : first.isUpper() || first.isTitleCase()))
                f |= Capital;
            else if (first.unicode() >= u'a' && (first.unicode() <= u'z' || first.isLower()))
                noteSmall(key);
        } else if (first >= u'A' && t.length() >= 3 && first.isUpper() && units[t.start + 1].isLower()) {
            // Most numbers start with a digit, below every capital: one comparison settles them.
            f |= LetteredNumber | Capital; // "Atlas9", not "H100" or "GPT4"
        }
        // What the name finders will ask of this word, settled while it is at hand: a known
        // name may start here, a brand's shape; with a capital, a candidate of theirs.
        if (!known || known->mayStartAt(key, first))
            f |= MayBeKnown;
        if ((t.kind == TokenKind::Word || (f & LetteredNumber)) && brandShaped(t.in(text), textEnd))
            f |= Brand;
        if (f & (Capital | MayBeKnown | Brand))
            candidates[candidateCount++] = i;
        const bool newSentence = s < sentenceCount && s != lastSentence;
        if (newSentence || before == u'\n' || opensClause(before))
            f |= SentenceStart;
        flags[i] = f; // no flag of a word is set before its turn (Headline: its line's end)
        lastSentence = s;
        before = units[t.end - 1];
        if (t.kind != TokenKind::Word || t.length() < 4)
            continue;
        ++words;
        const bool upper = first.isUpper();
        if (upper)
            ++capitals;
        // Most words start with a small letter and are settled by it; the rest are read on
        // only while every letter so far is a capital.
        bool caps = upper || !first.isLetter();
        for (qsizetype k = t.start + 1; caps && k < t.end; ++k)
            caps = !units[k].isLetter() || units[k].isUpper();
        if (caps)
            ++allCaps;
    }
    closeLine(count);
    m_smallCount = smallCount;
    m_candidateCount = candidateCount;
}

bool ArticleScan::hasLowercaseTwin(quint64 key) const
{
    if (!m_smallBits[key % SmallBitCount])
        return false;
    for (const auto &[known, twin] : std::as_const(m_twins)) {
        if (known == key)
            return twin;
    }
    const quint64 *smallKeys = m_smallKeys.get();
    const quint64 *smallEnd = smallKeys + m_smallCount;
    const bool twin = std::find(smallKeys, smallEnd, key) != smallEnd;
    m_twins.append({key, twin});
    return twin;
}

quint64 ArticleScan::bareKey(qsizetype i) const
{
    const QStringView w = word(i);
    if (w.size() > 1 && (w.back() == u'\'' || w.back() == u'\u2019'))
        return TextFold::instance().key(w.chopped(1));
    return keys.at(i);
}


} // namespace dealdesk
