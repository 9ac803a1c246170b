#pragma once
// What an amount is (investment, valuation, revenue, loss, spending, other), judged from the
// cue words of its sentence (resources/lexicon/<lang>/money_roles.tsv). The nearest cue wins,
// one before the amount a little over one after it; a strong cue that governs the amount
// ("valued at", "valutazione di", "bewertet mit") right before it wins over all, so an amount
// that is the object of "valued at" is a valuation even in a sentence about raising money.

#include "core/extract/findings.h"
#include "core/extract/numbers/lettertrie.h"
#include "core/extract/numbers/phrasematcher.h"
#include "core/extract/tokenclassmemo.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <bitset>
#include <optional>
#include <vector>

namespace dealdesk {

class RoleClassifier
{
public:
    explicit RoleClassifier(const QString &language, QStringList *errors = nullptr);

    // What the cue look-ups found at each token of one article, so that the amounts of a
    // dense sentence do not look the same words up again. Make one per article.
    class Memo
    {
    public:
        // Remembers the tokens [first, end); others are looked up every time they are asked.
        explicit Memo(qsizetype first = 0, qsizetype end = 0)
            : m_base(first)
            , m_forward(size_t(std::max<qsizetype>(0, end - first)), kUnknown)
            , m_backward(size_t(std::max<qsizetype>(0, end - first)), kUnknown)
        {
        }

    private:
        friend class RoleClassifier;
        static constexpr qint32 kUnknown = 0; // so that a new memo is zeroed memory
        static constexpr qint32 kNone = -1;
        qsizetype m_base = 0; // the token of the vectors' first entry
        // One more than an index into m_found, per token: plain vectors, written in place
        // without detach checks.
        std::vector<qint32> m_forward;
        std::vector<qint32> m_backward;
        struct Found
        {
            int role;
            int strength;
            qsizetype otherEnd; // the token after a forward hit, the first token of a backward one
        };
        std::vector<Found> m_found;
    };

    // The role of the amount on tokens [first, end); nullopt when its sentence has no cue.
    [[nodiscard]] std::optional<MoneyRole> classify(const ExtractionInput &in, qsizetype first, qsizetype end,
                                                    Memo *memo = nullptr) const;
    // A memo for amounts within tokens [first, end): it holds the tokens classify() may look
    // at for them, not the whole article (zeroing a slot per token cost more than the look-ups).
    [[nodiscard]] static Memo memoFor(qsizetype first, qsizetype end);
    // Whether the word at `index` is a cue: "132 mln di debito" names money, not a count.
    [[nodiscard]] bool isCue(const ExtractionInput &in, qsizetype index) const;

private:
    struct Cue
    {
        MoneyRole role = MoneyRole::Other;
        int strength = 1;
    };
    [[nodiscard]] std::optional<Cue> cueAt(const ExtractionInput &in, qsizetype index, qsizetype &after) const;
    // The cue of one word alone: listed whole, or by its longest listed prefix.
    [[nodiscard]] std::optional<Cue> wordCue(QStringView word) const;
    // A cue phrase ending at `index`, else the cue word there; `start` is where it begins.
    [[nodiscard]] std::optional<Cue> cueEndingAt(const ExtractionInput &in, qsizetype index, qsizetype &start) const;
    [[nodiscard]] std::optional<Cue> memoized(const ExtractionInput &in, qsizetype index, bool backward,
                                              qsizetype &other, Memo *memo) const;

    PhraseMatcher m_links;   // "di", "of": may stand between an amount and the noun naming it
    PhraseMatcher m_phrases; // cues of more than one token; payload: index into m_phraseCues
    QList<Cue> m_phraseCues;
    // By qHash of the folded text, so a word and its prefixes are looked up without making
    // strings; the text is compared on a hit.
    struct Keyed
    {
        QString key;
        Cue cue;
    };
    [[nodiscard]] static const Cue *find(const QHash<size_t, Keyed> &table, QStringView key);
    QHash<size_t, Keyed> m_words;
    // Which (first letter, last letter, length) a cue word can have: most words of a sentence
    // are refused here, before folding or hashing them.
    [[nodiscard]] static size_t wordShape(QChar front, QChar back, qsizetype length)
    {
        return (size_t(front.unicode()) * 131 + back.unicode() * 7 + size_t(length)) & 0xffff;
    }
    std::bitset<65536> m_wordShapes;
    LetterTrie m_prefixes; // folded prefix cue -> index into m_prefixCues
    QList<Cue> m_prefixCues;
    // What a token of at most kMaxCodedLength letters can be, remembered per thread in a
    // byte: whether a cue phrase may start (kFirstPart) or end (kLastPart) on it, and in the
    // low bits its wordCue(): 0 for none, else 1 + its index in m_cueValues (kUncoded when
    // that does not fit: then it is asked again). Most words are none of these, and one
    // look-up says so instead of two phrase tests and a word test.
    static constexpr qsizetype kMaxCodedLength = 40;
    static constexpr quint8 kFirstPart = 0x80;
    static constexpr quint8 kLastPart = 0x40;
    static constexpr quint8 kCueBits = 0x3f;
    static constexpr quint8 kUncoded = kCueBits;
    [[nodiscard]] quint8 cueCode(const std::optional<Cue> &cue) const;
    [[nodiscard]] quint8 codeOf(TokenKind kind, QStringView text) const;
    // cueAt() of a token whose code is known.
    [[nodiscard]] std::optional<Cue> codedCueAt(const ExtractionInput &in, qsizetype index, quint8 code,
                                                qsizetype &after) const;
    QList<Cue> m_cueValues; // the distinct cues of the lexicon
    TokenClassMemo m_codes;
};

} // namespace dealdesk
