#pragma once
// Remembers a small class (0..3) that depends only on a token's kind and text, such as "what
// can an amount do with this word": none, always try, try when a number word follows. Like
// TokenTestMemo (core/extract/tokentestmemo.h) it keeps a fixed table per thread, tagged with
// its owner, but holds two bits of answer and hashes four UTF-16 units at a time: every
// token of an article asks, so the hash is most of the cost of an answer already known.

#include "core/text/tokenizer.h"

#include <QStringView>

namespace dealdesk {

class TokenClassMemo
{
public:
    TokenClassMemo();

    // classOf(), computed at most once per thread for each distinct (kind, text) while it
    // stays in the table; it must depend on nothing but the token's kind and text and
    // return 0..3.
    template <typename ClassOf>
    [[nodiscard]] quint8 remember(TokenKind kind, QStringView token, ClassOf &&classOf) const
    {
        const quint64 tag = tagOf(kind, token);
        quint64 &slot = slotFor(tag);
        if ((slot & ~quint64(3)) == tag)
            return quint8(slot & 3);
        const quint8 answer = quint8(classOf()) & 3;
        slot = tag | answer;
        return answer;
    }

private:
    // A hash of owner, kind and text with its two lowest bits clear and never 0.
    [[nodiscard]] quint64 tagOf(TokenKind kind, QStringView token) const;
    [[nodiscard]] static quint64 &slotFor(quint64 tag);
    quint64 m_owner;
};

} // namespace dealdesk
