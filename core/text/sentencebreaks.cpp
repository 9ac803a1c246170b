#include "core/text/sentencebreaks.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dealdesk {
namespace {

// Marks a high surrogate in the table below: the class is that of the whole code point.
constexpr quint8 kHighSurrogate = U_SB_COUNT;

// The classes the scan stops at: the ones a sentence can end after, and high surrogates
// (a supplementary character may be a terminator).
constexpr unsigned kStops = (1u << U_SB_ATERM) | (1u << U_SB_STERM) | (1u << U_SB_SEP) | (1u << U_SB_CR)
    | (1u << U_SB_LF) | (1u << kHighSurrogate);

// The ASCII characters the scan stops at, as the block test below knows them.
constexpr char16_t kAsciiStops[] = {u'.', u'!', u'?', u'\n', u'\r'};

// ICU's Sentence_Break value of every BMP character, looked up once: the scan below asks for
// one or two per character and a property call each would cost more than the whole scan.
struct BmpClasses
{
    std::array<quint8, 0x10000> table{};
    // True when the ASCII stops are exactly kAsciiStops, so whole blocks of other ASCII
    // characters can be passed over at once (false would only make the scan slower).
    bool asciiStopsKnown = true;
    BmpClasses()
    {
        for (UChar32 c = 0; c < 0x10000; ++c)
            table[size_t(c)] = quint8(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
        for (UChar32 c = 0xD800; c < 0xDC00; ++c)
            table[size_t(c)] = kHighSurrogate;
        for (char16_t c = 0; c < 0x80; ++c) {
            const bool stop = (kStops >> table[c]) & 1u;
            const bool listed = std::find(std::begin(kAsciiStops), std::end(kAsciiStops), c) != std::end(kAsciiStops);
            asciiStopsKnown = asciiStopsKnown && stop == listed;
        }
    }
};

const BmpClasses &bmpClasses()
{
    static const BmpClasses classes;
    return classes;
}

bool isParagraphSeparator(int c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
bool isTerminator(int c) { return c == U_SB_ATERM || c == U_SB_STERM; }

// The rules of UAX #29 (SB1-SB11) at the places they can break: after a paragraph separator
// and after a terminator with its closing punctuation and spaces. Extend and Format
// characters belong to the character before them (SB5), except after a separator.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
        , m_units(text.utf16())
        , m_size(text.size())
        , m_table(bmpClasses().table.data())
        , m_blocks(bmpClasses().asciiStopsKnown)
    {
    }

    [[nodiscard]] QList<qsizetype> breaks()
    {
        qsizetype pos = 0;
        while (pos < m_size) {
            pos = nextStop(pos);
            if (pos >= m_size)
                break;
            qsizetype length = 1;
            const int c = classAt(pos, length);
            if (isTerminator(c))
                pos = afterTerminator(pos, length, c == U_SB_ATERM);
            else if (isParagraphSeparator(c))
                pos = afterSeparator(pos, length, c);
            else
                pos += length;
        }
        m_out.append(m_size);
        return std::move(m_out);
    }

private:
    // The first position at or after `pos` whose character the scan stops at (kStops), or
    // m_size. Most characters can end nothing: eight ASCII ones at a time are passed over
    // where the processor allows, else one table look-up each.
    [[nodiscard]] qsizetype nextStop(qsizetype pos) const
    {
        for (;;) {
#if defined(__SSE2__)
            if (m_blocks) {
                const __m128i notAscii = _mm_set1_epi16(short(0xFF80));
                const __m128i zero = _mm_setzero_si128();
                static_assert(std::size(kAsciiStops) == 5, "the stops below are kAsciiStops");
                const __m128i stop0 = _mm_set1_epi16(short(kAsciiStops[0]));
                const __m128i stop1 = _mm_set1_epi16(short(kAsciiStops[1]));
                const __m128i stop2 = _mm_set1_epi16(short(kAsciiStops[2]));
                const __m128i stop3 = _mm_set1_epi16(short(kAsciiStops[3]));
                const __m128i stop4 = _mm_set1_epi16(short(kAsciiStops[4]));
                // Sixteen units at a time first: packed to bytes with signed saturation, every
                // unit from 0x80 up becomes 0x7F or a byte with its sign bit set, so one sign
                // mask and a test for 0x7F stand for the ASCII test of the block below.
                const __m128i stopsByte0 = _mm_set1_epi8(char(kAsciiStops[0]));
                const __m128i stopsByte1 = _mm_set1_epi8(char(kAsciiStops[1]));
                const __m128i stopsByte2 = _mm_set1_epi8(char(kAsciiStops[2]));
                const __m128i stopsByte3 = _mm_set1_epi8(char(kAsciiStops[3]));
                const __m128i stopsByte4 = _mm_set1_epi8(char(kAsciiStops[4]));
                const __m128i saturated = _mm_set1_epi8(0x7F);
                while (pos + 16 <= m_size) {
                    const __m128i bytes = _mm_packs_epi16(
                        _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_units + pos)),
                        _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_units + pos + 8)));
                    const __m128i marked = _mm_or_si128(
                        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, stopsByte0), _mm_cmpeq_epi8(bytes, stopsByte1)),
                                     _mm_or_si128(_mm_cmpeq_epi8(bytes, stopsByte2), _mm_cmpeq_epi8(bytes, stopsByte3))),
                        _mm_or_si128(_mm_cmpeq_epi8(bytes, stopsByte4), _mm_cmpeq_epi8(bytes, saturated)));
                    unsigned others = unsigned(_mm_movemask_epi8(marked) | _mm_movemask_epi8(bytes));
                    while (others) {
                        const qsizetype at = pos + qsizetype(__builtin_ctz(others));
                        if ((kStops >> m_table[m_units[at]]) & 1u)
                            return at;
                        others &= others - 1;
                    }
                    pos += 16;
                }
                while (pos + 8 <= m_size) {
                    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_units + pos));
                    // A lane is plain when it is ASCII (no bit above the seventh) and none of
                    // kAsciiStops.
                    const __m128i stops = _mm_or_si128(
                        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, stop0), _mm_cmpeq_epi16(v, stop1)),
                                     _mm_or_si128(_mm_cmpeq_epi16(v, stop2), _mm_cmpeq_epi16(v, stop3))),
                        _mm_cmpeq_epi16(v, stop4));
                    const __m128i plain = _mm_andnot_si128(stops, _mm_cmpeq_epi16(_mm_and_si128(v, notAscii), zero));
                    // Two mask bits per lane; only the lanes that are not plain are looked up,
                    // so an accented letter ("città", "été") costs one table look-up, not a
                    // walk over its whole block.
                    unsigned others = ~unsigned(_mm_movemask_epi8(plain)) & 0xFFFFu;
                    while (others) {
                        const qsizetype at = pos + qsizetype(__builtin_ctz(others) / 2);
                        if ((kStops >> m_table[m_units[at]]) & 1u)
                            return at;
                        others &= others - 1; // the lane's two bits
                        others &= others - 1;
                    }
                    pos += 8;
                }
            }
#endif
            // The block that held something else, character by character.
            const qsizetype blockEnd = std::min(pos + 8, m_size);
            for (; pos < blockEnd; ++pos) {
                if ((kStops >> m_table[m_units[pos]]) & 1u)
                    return pos;
            }
            if (pos >= m_size)
                return m_size;
        }
    }

    // The class of the code point at `pos` (a surrogate pair is one) and its length in UTF-16.
    [[nodiscard]] int classAt(qsizetype pos, qsizetype &length) const
    {
        const char16_t u = m_units[pos];
        length = 1;
        const int c = m_table[u];
        if (c != kHighSurrogate)
            return c;
        if (pos + 1 < m_size && QChar::isLowSurrogate(m_units[pos + 1])) {
            length = 2;
            return u_getIntPropertyValue(QChar::surrogateToUcs4(u, m_units[pos + 1]), UCHAR_SENTENCE_BREAK);
        }
        return U_SB_OTHER; // a lone high surrogate
    }

    // The first position at or after `pos` that is not an Extend or Format character.
    [[nodiscard]] qsizetype skipExtend(qsizetype pos) const
    {
        while (pos < m_size) {
            qsizetype length = 1;
            const int c = classAt(pos, length);
            if (c != U_SB_EXTEND && c != U_SB_FORMAT)
                break;
            pos += length;
        }
        return pos;
    }

    // The class of the character before `pos` once Extend and Format are folded into it
    // (SB5), -1 at the start of the text.
    [[nodiscard]] int classBefore(qsizetype pos) const
    {
        bool extended = false;
        while (pos > 0) {
            qsizetype start = pos - 1;
            if (QChar::isLowSurrogate(m_text[start].unicode()) && start > 0
                && QChar::isHighSurrogate(m_text[start - 1].unicode()))
                --start;
            qsizetype length = 1;
            const int c = classAt(start, length);
            if (c != U_SB_EXTEND && c != U_SB_FORMAT)
                return extended && isParagraphSeparator(c) ? int(U_SB_EXTEND) : c;
            extended = true;
            pos = start;
        }
        return extended ? int(U_SB_EXTEND) : -1;
    }

    // After a separator at `pos` (CR LF is one, SB3) there is always a break (SB4).
    qsizetype afterSeparator(qsizetype pos, qsizetype length, int c)
    {
        qsizetype end = pos + length;
        if (c == U_SB_CR && end < m_size && m_text[end] == u'\n')
            ++end;
        if (end < m_size)
            m_out.append(end);
        return end;
    }

    // A terminator at `pos`: the break, if any, comes after its closing punctuation, spaces
    // and one paragraph separator (SB9-SB11). Returns where the scan goes on.
    qsizetype afterTerminator(qsizetype pos, qsizetype length, bool aTerm)
    {
        const qsizetype next = skipExtend(pos + length);
        if (next >= m_size)
            return m_size;
        qsizetype nextLength = 1;
        const int nextClass = classAt(next, nextLength);
        if (aTerm && nextClass == U_SB_NUMERIC) // SB6: "3.5"
            return next;
        if (aTerm && nextClass == U_SB_UPPER) { // SB7: "U.S."
            const int before = classBefore(pos);
            if (before == U_SB_UPPER || before == U_SB_LOWER)
                return next;
        }
        qsizetype at = next;
        qsizetype atLength = nextLength;
        int atClass = nextClass;
        while (atClass == U_SB_CLOSE) {
            at = skipExtend(at + atLength);
            if (at >= m_size)
                return m_size;
            atClass = classAt(at, atLength);
        }
        while (atClass == U_SB_SP) {
            at = skipExtend(at + atLength);
            if (at >= m_size)
                return m_size;
            atClass = classAt(at, atLength);
        }
        if (isParagraphSeparator(atClass))
            return afterSeparator(at, atLength, atClass);
        if (aTerm && lowerFollows(at)) // SB8: "etc. and"
            return at;
        if (atClass == U_SB_SCONTINUE || isTerminator(atClass)) // SB8a: "?!", "etc.,"
            return at;
        m_out.append(at); // SB11
        return at;
    }

    // SB8: the first letter, separator or terminator from `pos` on is a small letter.
    [[nodiscard]] bool lowerFollows(qsizetype pos) const
    {
        while (pos < m_size) {
            qsizetype length = 1;
            const int c = classAt(pos, length);
            switch (c) {
            case U_SB_LOWER:
                return true;
            case U_SB_OLETTER:
            case U_SB_UPPER:
            case U_SB_SEP:
            case U_SB_CR:
            case U_SB_LF:
            case U_SB_ATERM:
            case U_SB_STERM:
                return false;
            default:
                pos += length;
            }
        }
        return false;
    }

    QStringView m_text;
    const char16_t *m_units = nullptr;
    qsizetype m_size = 0;
    const quint8 *m_table = nullptr;
    bool m_blocks = false; // whole ASCII blocks may be passed over (BmpClasses::asciiStopsKnown)
    QList<qsizetype> m_out;
};

} // namespace

void prepareSentenceBreaks() { (void)bmpClasses(); }

QList<qsizetype> sentenceBreaks(QStringView text)
{
    if (text.isEmpty())
        return {};
    return Scanner(text).breaks();
}

} // namespace dealdesk
