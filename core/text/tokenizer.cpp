#include "core/text/tokenizer.h"

#include "core/text/sentencebreaks.h"

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

#include <memory>

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

TokenKind kindOf(int32_t ruleStatus, QStringView piece)
{
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
        return TokenKind::Number;
    if (ruleStatus >= UBRK_WORD_LETTER)
        return TokenKind::Word;
    return piece.front().isSpace() ? TokenKind::Space : TokenKind::Punct;
}

// Tokens written straight into the list's storage: QList::append checks for sharing and room
// on every call, which cost about as much as our whole share of tokenising.
class TokenSink
{
public:
    TokenSink(QList<Token> &out, qsizetype expected) : m_out(out)
    {
        m_out.resize(expected);
        m_data = m_out.data();
    }
    ~TokenSink() { m_out.resize(m_count); }
    TokenSink(const TokenSink &) = delete;
    TokenSink &operator=(const TokenSink &) = delete;

    void append(qsizetype start, qsizetype end, TokenKind kind)
    {
        if (m_count == m_out.size()) {
            m_out.resize(m_out.size() * 2 + 16);
            m_data = m_out.data();
        }
        m_data[m_count++] = Token{start, end, kind};
    }

private:
    QList<Token> &m_out;
    Token *m_data = nullptr;
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
        int32_t start = ubrk_first(it);
        for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
            const QStringView piece = text.sliced(start, end - start);
            const TokenKind kind = kindOf(ubrk_getRuleStatus(it), piece);
            if (kind == TokenKind::Word)
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
    return m_abbreviations.contains(word.toString());
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
