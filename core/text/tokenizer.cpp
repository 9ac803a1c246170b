#include "core/text/tokenizer.h"

#include "core/text/sentencebreaks.h"

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

#include <cstring>
#include <memory>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dealdesk {
namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *it) const { ubrk_close(it); }
};
using BreakIterator = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening an ICU break iterator builds its rule tables (hundreds of thousands of
// instructions, more than breaking a whole article), so each thread opens one once and only
// points it at new text. Returns nullptr when ICU cannot open or take the text.
UBreakIterator *wordIteratorFor(QStringView text)
{
    thread_local BreakIterator cached;
    UErrorCode status = U_ZERO_ERROR;
    if (!cached) {
        cached.reset(ubrk_open(UBRK_WORD, "en", nullptr, 0, &status));
        if (U_FAILURE(status)) {
            cached.reset();
            return nullptr;
        }
    }
    ubrk_setText(cached.get(), reinterpret_cast<const UChar *>(text.utf16()),
                 static_cast<int32_t>(text.size()), &status);
    return U_FAILURE(status) ? nullptr : cached.get();
}

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

// The apostrophes of a text found ahead of the words that ask, eight units at a time: most
// words hold none, and looking at every unit of every word cost more than the rest of our
// share of tokenising. Asked with positions that never go back, so the text is read once.
class ApostropheFinder
{
public:
    explicit ApostropheFinder(QStringView text) : m_units(text.utf16()), m_size(text.size()) {}

    // The first apostrophe at or after `from`, or the text's size.
    [[nodiscard]] qsizetype from(qsizetype from)
    {
        if (m_next >= from)
            return m_next; // nothing between the last search's start and m_next
        qsizetype pos = from;
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi16(short(u'\''));
        const __m128i typographic = _mm_set1_epi16(short(u'\u2019'));
        for (; pos + 8 <= m_size; pos += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_units + pos));
            const unsigned hits = unsigned(_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, typographic))));
            if (hits) {
                m_next = pos + qsizetype(__builtin_ctz(hits) / 2);
                return m_next;
            }
        }
#endif
        for (; pos < m_size && !isApostrophe(QChar(m_units[pos])); ++pos) {
        }
        m_next = pos;
        return m_next;
    }

private:
    const char16_t *m_units;
    qsizetype m_size;
    qsizetype m_next = -1;
};

TokenKind kindOf(int32_t ruleStatus, QStringView piece)
{
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
        return TokenKind::Number;
    if (ruleStatus >= UBRK_WORD_LETTER)
        return TokenKind::Word;
    return piece.front().isSpace() ? TokenKind::Space : TokenKind::Punct;
}

// Tokens written straight into the list's storage: QList::append checks for sharing and room
// on every call, which cost about as much as our whole share of tokenising, and QList::resize
// would first fill the room with default tokens only to overwrite them. The storage is taken
// uninitialised (Token is trivially copyable and destructible) and handed to the list whole.
class TokenSink
{
public:
    TokenSink(QList<Token> &out, qsizetype expected) : m_out(out), m_storage(QTypedArrayData<Token>::allocate(expected))
    {
        m_data = m_storage.data();
        m_capacity = expected;
    }
    ~TokenSink()
    {
        m_storage.size = m_count;
        m_out = QList<Token>(std::move(m_storage));
    }
    TokenSink(const TokenSink &) = delete;
    TokenSink &operator=(const TokenSink &) = delete;

    void append(qsizetype start, qsizetype end, TokenKind kind)
    {
        if (m_count == m_capacity)
            grow();
        std::construct_at(m_data + m_count++, Token{start, end, kind});
    }

private:
    void grow()
    {
        const qsizetype capacity = m_capacity * 2 + 16;
        QArrayDataPointer<Token> bigger(QTypedArrayData<Token>::allocate(capacity));
        if (m_count > 0)
            std::memcpy(static_cast<void *>(bigger.data()), m_data, size_t(m_count) * sizeof(Token));
        m_storage.swap(bigger); // the old block goes with `bigger`; its size is 0, so nothing is destroyed
        m_data = m_storage.data();
        m_capacity = capacity;
    }

    static_assert(std::is_trivially_copyable_v<Token> && std::is_trivially_destructible_v<Token>);
    QList<Token> &m_out;
    QArrayDataPointer<Token> m_storage; // size stays 0 until the tokens are handed over
    Token *m_data = nullptr;
    qsizetype m_capacity = 0;
    qsizetype m_count = 0;
};

// Appends a word token, split at inner apostrophes (see the header for why).
void appendWord(TokenSink &out, QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    for (qsizetype i = start + 1; i + 1 < end; ++i) {
        if (!isApostrophe(text[i]))
            continue;
        const bool possessive = (i + 2 == end) && (text[i + 1] == u's' || text[i + 1] == u'S');
        const qsizetype cut = possessive ? i : i + 1;
        if (cut > from)
            out.append(from, cut, TokenKind::Word);
        from = cut;
    }
    out.append(from, end, TokenKind::Word);
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    if (text.isEmpty())
        return out;
    UBreakIterator *it = wordIteratorFor(text);
    if (!it) {
        out.append({0, text.size(), TokenKind::Word});
        return out;
    }
    {
        TokenSink sink(out, text.size() / 2 + 16); // about one token in three characters; cut to size when it goes
        ApostropheFinder apostrophes(text);
        int32_t start = ubrk_first(it);
        for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
            const QStringView piece = text.sliced(start, end - start);
            const TokenKind kind = kindOf(ubrk_getRuleStatus(it), piece);
            // appendWord splits only at an apostrophe strictly inside the word.
            if (kind == TokenKind::Word && apostrophes.from(start + 1) + 1 < end)
                appendWord(sink, text, start, end);
            else
                sink.append(start, end, kind);
        }
    }
    return out;
}

SentenceSplitter::SentenceSplitter(const QStringList &abbreviations)
    : m_abbreviations(abbreviations.begin(), abbreviations.end())
{
    prepareSentenceBreaks(); // made with the lexicons, not in the first article split
}

bool SentenceSplitter::endsWithAbbreviation(QStringView sentence) const
{
    QStringView s = sentence.trimmed();
    if (!s.endsWith(u'.'))
        return false;
    s.chop(1);
    qsizetype from = s.size();
    while (from > 0 && (s[from - 1].isLetter() || s[from - 1] == u'.'))
        --from;
    const QStringView word = s.sliced(from);
    if (word.isEmpty())
        return false;
    // A single capital is an initial ("J. P. Morgan"), not the end of a sentence.
    if (word.size() == 1 && word.front().isUpper())
        return true;
    // The set is asked with a string over the text's own units: no copy per sentence.
    return m_abbreviations.contains(QString::fromRawData(word.data(), word.size()));
}

QList<TextRange> SentenceSplitter::split(QStringView text) const
{
    QList<TextRange> out;
    if (text.isEmpty())
        return out;
    // ICU's sentence rules applied to the characters that can end a sentence, in one cheap
    // pass (core/text/sentencebreaks.h) rather than a second run of ICU's break iterator.
    qsizetype start = 0;
    for (const qsizetype end : sentenceBreaks(text)) {
        // A break at a line end is always kept: headlines and bylines have no full stop.
        const bool atLineEnd = text[end - 1] == u'\n' || text[end - 1] == u'\u2029';
        if (end < text.size() && !atLineEnd && endsWithAbbreviation(text.sliced(start, end - start)))
            continue;
        out.append({start, end});
        start = end;
    }
    return out;
}

} // namespace dealdesk
