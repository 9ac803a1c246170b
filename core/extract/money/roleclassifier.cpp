#include "core/extract/money/roleclassifier.h"

#include "core/extract/tsvtable.h"

#include <algorithm>

namespace dealdesk {

namespace {

// A strong cue this many words before the amount governs it ("valued at about $29 billion").
constexpr qsizetype kGoverningDistance = 6;
// Cues are looked for this many tokens around the amount, within its sentence: a 1 MB
// "sentence" must not make every amount read all of it.
constexpr qsizetype kWindowTokens = 60;

qsizetype solidTokens(const QString &phrase)
{
    qsizetype n = 0;
    for (const Token &t : tokenize(phrase))
        n += t.kind != TokenKind::Space;
    return n;
}

// Distances count words; punctuation and the short links ("di", "of", "a", "de") do not.
bool countsAsWord(const ExtractionInput &in, qsizetype i)
{
    const Token &t = in.tokens[i];
    return t.kind == TokenKind::Number || (t.kind == TokenKind::Word && t.length() > 2);
}

} // namespace

RoleClassifier::RoleClassifier(const QString &language, QStringList *errors)
{
    if (const auto links = TsvTable::load(lexiconPath(language, QStringLiteral("money_links")))) {
        for (qsizetype r = 0; r < links->rowCount(); ++r) {
            if (links->value(r, QStringLiteral("kind")) == u"link")
                m_links.add(links->value(r, QStringLiteral("word")), 0);
        }
    }
    const QString path = lexiconPath(language, QStringLiteral("money_roles"));
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString cue = table->value(r, QStringLiteral("cue"));
        const auto role = moneyRoleFromString(table->value(r, QStringLiteral("role")));
        if (cue.isEmpty() || !role) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad role cue row").arg(path).arg(table->lineNumber(r)));
            continue;
        }
        const Cue c{*role, std::max(1, table->value(r, QStringLiteral("strength")).toInt())};
        if (std::none_of(m_cueValues.cbegin(), m_cueValues.cend(),
                         [&c](const Cue &v) { return v.role == c.role && v.strength == c.strength; }))
            m_cueValues.append(c);
        if (solidTokens(cue) > 1) {
            m_phrases.add(cue, int(m_phraseCues.size()));
            m_phraseCues.append(c);
        } else if (table->value(r, QStringLiteral("match")) == u"prefix") {
            const QString key = PhraseMatcher::fold(cue);
            m_prefixes.add(key, int(m_prefixCues.size())); // a repeated cue: the later one counts
            m_prefixCues.append(c);
        } else {
            const QString key = PhraseMatcher::fold(cue);
            m_words.insert(qHash(QStringView(key)), Keyed{key, c});
            if (!key.isEmpty())
                m_wordShapes.set(wordShape(key.front(), key.back(), key.size()));
        }
    }
}

std::optional<RoleClassifier::Cue> RoleClassifier::cueAt(const ExtractionInput &in, qsizetype index,
                                                          qsizetype &after) const
{
    const Token &t = in.tokens[index];
    if (t.length() > kMaxCodedLength) { // no cue word; a phrase refuses it by its length
        after = index + 1;
        if (const auto hit = m_phrases.matchAt(in, index)) {
            after = hit->endToken;
            return m_phraseCues[hit->payload];
        }
        return std::nullopt;
    }
    // Most words of a sentence are no cue, and the same words come back in every article.
    const QStringView text = t.in(in.text);
    const quint8 code = m_codes.remember(t.kind, text, [&] { return codeOf(t.kind, text); });
    if ((code & (kFirstPart | kCueBits)) == 0) { // most words: no cue, no phrase, no call
        after = index + 1;
        return std::nullopt;
    }
    return codedCueAt(in, index, code, after);
}

quint8 RoleClassifier::codeOf(TokenKind kind, QStringView text) const
{
    quint8 code = kind == TokenKind::Word ? cueCode(wordCue(text)) : 0;
    if (m_phrases.isFirstPart(text))
        code |= kFirstPart;
    if (m_phrases.isLastPart(text))
        code |= kLastPart;
    return code;
}

std::optional<RoleClassifier::Cue> RoleClassifier::codedCueAt(const ExtractionInput &in, qsizetype index,
                                                               quint8 code, qsizetype &after) const
{
    after = index + 1;
    if (code & kFirstPart) {
        if (const auto hit = m_phrases.matchAt(in, index)) {
            after = hit->endToken;
            return m_phraseCues[hit->payload];
        }
    }
    const quint8 cue = code & kCueBits;
    if (cue == 0)
        return std::nullopt;
    if (cue == kUncoded)
        return wordCue(in.tokens[index].in(in.text));
    return m_cueValues[cue - 1];
}

quint8 RoleClassifier::cueCode(const std::optional<Cue> &cue) const
{
    if (!cue)
        return 0;
    for (qsizetype k = 0; k < m_cueValues.size() && k + 1 < kUncoded; ++k) {
        if (m_cueValues[k].role == cue->role && m_cueValues[k].strength == cue->strength)
            return quint8(k + 1);
    }
    return kUncoded;
}

std::optional<RoleClassifier::Cue> RoleClassifier::wordCue(QStringView text) const
{
    if (!text.isEmpty()
        && m_wordShapes.test(wordShape(PhraseMatcher::foldChar(text.front()), PhraseMatcher::foldChar(text.back()),
                                       text.size()))) {
        QVarLengthArray<QChar, 48> folded;
        PhraseMatcher::fold(text, folded);
        if (const Cue *cue = find(m_words, QStringView(folded.data(), folded.size())))
            return *cue;
    }
    // The longest prefix: "investitionsausgaben" is spending before "investi" is investment.
    std::optional<Cue> longest;
    int node = LetterTrie::kRoot;
    for (qsizetype len = 1; len <= text.size(); ++len) {
        node = m_prefixes.next(node, PhraseMatcher::foldChar(text[len - 1]));
        if (node < 0)
            break;
        if (const int found = m_prefixes.valueAt(node); found >= 0 && len >= 3)
            longest = m_prefixCues[found];
    }
    return longest;
}

const RoleClassifier::Cue *RoleClassifier::find(const QHash<size_t, Keyed> &table, QStringView key)
{
    const auto it = table.constFind(qHash(key));
    return it != table.cend() && it->key == key ? &it->cue : nullptr;
}

bool RoleClassifier::isCue(const ExtractionInput &in, qsizetype index) const
{
    qsizetype after = 0;
    return index >= 0 && index < in.tokens.size() && cueAt(in, index, after).has_value();
}

Q_ALWAYS_INLINE std::optional<RoleClassifier::Cue> RoleClassifier::cueEndingAt(const ExtractionInput &in, qsizetype index,
                                                                qsizetype &start) const
{
    start = index;
    const Token &t = in.tokens[index];
    qsizetype after = 0;
    if (t.length() > kMaxCodedLength || t.kind == TokenKind::Space) {
        // A phrase ending here is read whole: "spese in conto capitale" is no "capitale".
        if (const auto hit = m_phrases.matchBefore(in, index + 1)) {
            start = hit->firstToken;
            return m_phraseCues[hit->payload];
        }
        return cueAt(in, index, after);
    }
    const QStringView text = t.in(in.text);
    const quint8 code = m_codes.remember(t.kind, text, [&] { return codeOf(t.kind, text); });
    if (code & kLastPart) {
        if (const auto hit = m_phrases.matchBefore(in, index + 1)) {
            start = hit->firstToken;
            return m_phraseCues[hit->payload];
        }
    }
    if ((code & (kFirstPart | kCueBits)) == 0)
        return std::nullopt;
    return codedCueAt(in, index, code, after);
}

// Inline into classify()'s two walks, where `backward` is known: called for every word of the
// windows around every amount.
Q_ALWAYS_INLINE std::optional<RoleClassifier::Cue> RoleClassifier::memoized(const ExtractionInput &in, qsizetype index,
                                                            bool backward, qsizetype &other, Memo *memo) const
{
    std::vector<qint32> *perToken = memo ? (backward ? &memo->m_backward : &memo->m_forward) : nullptr;
    const qsizetype slot = memo ? index - memo->m_base : -1;
    if (perToken && (slot < 0 || size_t(slot) >= perToken->size()))
        perToken = nullptr;
    if (perToken && (*perToken)[slot] != Memo::kUnknown) {
        const qint32 k = (*perToken)[slot];
        if (k == Memo::kNone) {
            other = backward ? index : index + 1;
            return std::nullopt;
        }
        const Memo::Found &f = memo->m_found[size_t(k) - 1];
        other = f.otherEnd;
        return Cue{MoneyRole(f.role), f.strength};
    }
    const auto cue = backward ? cueEndingAt(in, index, other) : cueAt(in, index, other);
    if (perToken) {
        if (cue) {
            (*perToken)[slot] = qint32(memo->m_found.size()) + 1;
            memo->m_found.push_back(Memo::Found{int(cue->role), cue->strength, other});
        } else {
            (*perToken)[slot] = Memo::kNone;
        }
    }
    return cue;
}

RoleClassifier::Memo RoleClassifier::memoFor(qsizetype first, qsizetype end)
{
    // classify() walks at most kWindowTokens either side of an amount (and one more to stop).
    const qsizetype from = std::max<qsizetype>(0, first - kWindowTokens - 1);
    return Memo(from, std::max(from, end + kWindowTokens + 1));
}

std::optional<MoneyRole> RoleClassifier::classify(const ExtractionInput &in, qsizetype first, qsizetype end,
                                                  Memo *memo) const
{
    if (first < 0 || end <= first || end > in.tokens.size())
        return std::nullopt;
    const qsizetype s = in.sentenceAt(in.tokens[first].start);
    if (s < 0)
        return std::nullopt;
    const TextRange sentence = in.sentences[s];
    // The window: tokens of the sentence, at most kWindowTokens either side of the amount,
    // tested as the walks reach them (they mostly stop early).
    const qsizetype n = in.tokens.size();
    const auto inWindowBefore = [&](qsizetype i) {
        return i >= 0 && first - i <= kWindowTokens && in.tokens[i].start >= sentence.start;
    };
    const auto inWindowAfter = [&](qsizetype i) {
        return i < n && i - end < kWindowTokens && in.tokens[i].end <= sentence.end;
    };

    std::optional<Cue> best;
    qsizetype bestScore = 0;
    const auto consider = [&](const Cue &cue, qsizetype score) {
        if (!best || score < bestScore || (score == bestScore && cue.strength > best->strength)) {
            best = cue;
            bestScore = score;
        }
    };
    // Before the amount: walk back, counting words.
    qsizetype words = 0;
    bool lossBefore = false;
    bool clauseCrossed = false;
    for (qsizetype i = first - 1; inWindowBefore(i); --i) {
        const TokenKind kind = in.tokens[i].kind;
        if (kind == TokenKind::Punct && (in.text[in.tokens[i].start] == u',' || in.text[in.tokens[i].start] == u';'))
            clauseCrossed = true;
        if (kind == TokenKind::Space || kind == TokenKind::Punct)
            continue;
        // Past the governing distance only the nearest cue counts, and it is found.
        if (best && words >= kGoverningDistance)
            break;
        // A phrase may end on a short word ("closed at"), which alone counts for nothing.
        qsizetype start = i;
        const std::optional<Cue> cue = memoized(in, i, true, start, memo);
        if (!cue && !countsAsWord(in, i))
            continue;
        ++words;
        if (start < i && inWindowBefore(start))
            i = start;
        if (cue) {
            lossBefore = lossBefore || (cue->role == MoneyRole::Loss && words <= kGoverningDistance);
            // A nearer cue in a clause of its own stands between: "valorisée 6 milliards,
            // lève 500 millions" raises ("la valoración en esa ronda fue de 45 millones" does not).
            if (cue->strength > 1 && words <= kGoverningDistance && !(best && clauseCrossed))
                return cue->role;
            consider(*cue, words * 2);
        }
    }
    // The token where a noun naming the amount would stand: right after it, or after a link.
    qsizetype naming = nextSolid(in, end, 2);
    if (naming >= 0) {
        if (const auto link = m_links.matchAt(in, naming))
            naming = nextSolid(in, link->endToken, 2);
    }
    words = 0;
    for (qsizetype i = end; inWindowAfter(i); ++i) {
        if (!countsAsWord(in, i))
            continue;
        ++words;
        // Past the naming noun a cue scores by its distance, so none further can win.
        if (best && i > naming && words * 2 + 1 > bestScore)
            break;
        qsizetype after = i + 1;
        // The noun right after the amount names it: "12,7 miliardi di fatturato",
        // "a $4 billion revolving credit facility", "$183 billion post-money valuation"; a cue
        // after a comma is no such noun ("raises $6 billion, valuing it at ...").
        if (const auto cue = memoized(in, i, false, after, memo)) {
            const bool names = i == naming;
            consider(*cue, names ? 0 : words * 2 + 1);
        }
        if (after > i + 1)
            i = after - 1;
    }
    if (!best)
        return std::nullopt;
    // Value lost is a loss: "ha perso 400 miliardi di capitalizzazione", "lost $200bn in
    // market value" name the value, but the verb says what happened to it.
    if (best->role == MoneyRole::Valuation && lossBefore)
        return MoneyRole::Loss;
    return best->role;
}

} // namespace dealdesk
