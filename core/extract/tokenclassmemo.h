#pragma once
// Remembers a small class (0..255) that depends only on a token's kind and text, such as "what
// can an amount do with this word" (none, always try, try when a number word follows) or
// "which role cue is this word". An article's words are mostly the language's common words,
// asked about again in every article: after the first time, the answer costs a hash of the
// token and one look-up instead of the lexicons' own tests.
//
// The answers live in a fixed-size table per thread (so concurrent extraction needs no lock),
// tagged with the owner that computed them; a slot taken by another token or owner is simply
// overwritten. The hash (unithash.h) is inline: every token of an article asks, so the hash is
// most of the cost of an answer already known. Owners copied
// from one another share their answers, which is right as long as an owner's lexicons do not
// change after construction.

#include "core/extract/unithash.h"
#include "core/text/tokenizer.h"

#include <QStringView>

#include <memory>

namespace dealdesk {

class TokenClassMemo
{
public:
    TokenClassMemo();

    // classOf(), computed at most once per thread for each distinct (kind, text) while it
    // stays in the table; it must depend on nothing but the token's kind and text and
    // return 0..255.
    template <typename ClassOf>
    [[nodiscard]] quint8 remember(TokenKind kind, QStringView token, ClassOf &&classOf) const
    {
        const quint64 tag = tagOf(kind, token);
        quint64 &slot = table()[(tag >> 9) & (kSlots - 1)];
        if ((slot & ~quint64(0xff)) == tag)
            return quint8(slot & 0xff);
        const quint8 answer = quint8(classOf());
        slot = tag | answer;
        return answer;
    }

private:
    // 32,768 slots (256 KB per thread): more than the distinct words of a few hundred
    // articles, so the common words stay and rare ones come and go.
    static constexpr quint64 kSlots = 1u << 15;

    // A hash of owner, kind and text with its lowest byte clear (the byte holds the answer)
    // and never 0 (an empty slot). Kind goes in with the seed, above any token length.
    [[nodiscard]] quint64 tagOf(TokenKind kind, QStringView token) const
    {
        const quint64 h = hashUnits(m_seed ^ (quint64(kind) << 48), token);
        return (h & ~quint64(0xff)) | 0x100;
    }
    [[nodiscard]] static quint64 *table()
    {
        thread_local const std::unique_ptr<quint64[]> memo = std::make_unique<quint64[]>(kSlots); // zeroed
        return memo.get();
    }
    quint64 m_seed;
};

} // namespace dealdesk
