#pragma once
// Remembers the answer of a yes/no test that depends only on a token's text and kind, such
// as "may an amount start at this word?". An article's words are mostly the language's common
// words, asked about again in every article: after the first time, the answer costs a hash of
// the token and one look-up instead of the lexicons' own tests.
//
// The answers live in a fixed-size table per thread (so concurrent extraction needs no lock),
// tagged with the owner that computed them; a slot taken by another token or owner is simply
// overwritten. Owners copied from one another share their answers, which is right as long as
// an owner's lexicons do not change after construction.

#include "core/text/tokenizer.h"

#include <QStringView>

namespace dealdesk {

class TokenTestMemo
{
public:
    TokenTestMemo();

    // test(token), computed at most once per thread for each distinct (kind, text) while it
    // stays in the table. `test` must depend on nothing but the token's kind and text.
    template <typename Test>
    [[nodiscard]] bool remember(TokenKind kind, QStringView token, Test &&test) const
    {
        const quint64 tag = tagOf(kind, token);
        quint64 &slot = slotFor(tag);
        if ((slot & ~quint64(1)) == tag)
            return slot & 1;
        const bool answer = test();
        slot = tag | (answer ? 1 : 0);
        return answer;
    }

private:
    // A 64-bit hash of owner, kind and text with its lowest bit clear (the bit holds the
    // answer) and never 0 (an empty slot).
    [[nodiscard]] quint64 tagOf(TokenKind kind, QStringView token) const;
    [[nodiscard]] static quint64 &slotFor(quint64 tag);
    quint64 m_owner;
};

} // namespace dealdesk
