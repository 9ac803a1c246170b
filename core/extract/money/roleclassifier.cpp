#include "core/extract/money/roleclassifier.h"

#include "core/extract/tsvtable.h"

#include <algorithm>

namespace dealdesk {

namespace {

// A strong cue this many words before the amount governs it ("valued at about $29 billion").
constexpr qsizetype kGoverningDistance = 4;

qsizetype solidTokens(const QString &phrase)
{
    qsizetype n = 0;
    for (const Token &t : tokenize(phrase))
        n += t.kind != TokenKind::Space;
    return n;
}

} // namespace

RoleClassifier::RoleClassifier(const QString &language, QStringList *errors)
{
    const QString path = lexiconPath(language, QStringLiteral("money_roles"));
    QString error;
    const auto table = TsvTable::load(path, &error);
    if (!table) {
        if (errors)
            errors->append(error);
        return;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString cue = table->value(r, QStringLiteral("cue"));
        const auto role = moneyRoleFromString(table->value(r, QStringLiteral("role")));
        if (cue.isEmpty() || !role) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad role cue row").arg(path).arg(table->lineNumber(r)));
            continue;
        }
        const Cue c{*role, std::max(1, table->value(r, QStringLiteral("strength")).toInt())};
        if (solidTokens(cue) > 1) {
            m_phrases.add(cue, int(m_phraseCues.size()));
            m_phraseCues.append(c);
        } else if (table->value(r, QStringLiteral("match")) == u"prefix") {
            const QString key = PhraseMatcher::fold(cue);
            m_prefixes.insert(key, c);
            m_maxPrefix = std::max(m_maxPrefix, key.size());
        } else {
            m_words.insert(PhraseMatcher::fold(cue), c);
        }
    }
}

std::optional<RoleClassifier::Cue> RoleClassifier::cueAt(const ExtractionInput &in, qsizetype index,
                                                          qsizetype &after) const
{
    after = index + 1;
    if (const auto hit = m_phrases.matchAt(in, index)) {
        after = hit->endToken;
        return m_phraseCues[hit->payload];
    }
    const Token &t = in.tokens[index];
    if (t.kind != TokenKind::Word || t.length() > 40)
        return std::nullopt;
    const QString word = PhraseMatcher::fold(t.in(in.text));
    if (const auto it = m_words.constFind(word); it != m_words.cend())
        return *it;
    // The longest prefix: "investitionsausgaben" is spending before "investi" is investment.
    for (qsizetype len = std::min(word.size(), m_maxPrefix); len >= 3; --len) {
        if (const auto it = m_prefixes.constFind(word.left(len)); it != m_prefixes.cend())
            return *it;
    }
    return std::nullopt;
}

std::optional<MoneyRole> RoleClassifier::classify(const ExtractionInput &in, qsizetype first, qsizetype end) const
{
    if (first < 0 || end <= first || end > in.tokens.size())
        return std::nullopt;
    const qsizetype s = in.sentenceAt(in.tokens[first].start);
    if (s < 0)
        return std::nullopt;
    const TextRange sentence = in.sentences[s];
    // Token indices of the sentence, found from the amount outwards.
    qsizetype from = first;
    while (from > 0 && in.tokens[from - 1].start >= sentence.start)
        --from;
    qsizetype to = end;
    while (to < in.tokens.size() && in.tokens[to].end <= sentence.end)
        ++to;

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
    for (qsizetype i = first - 1; i >= from; --i) {
        if (in.tokens[i].kind == TokenKind::Space || in.tokens[i].kind == TokenKind::Punct)
            continue;
        ++words;
        qsizetype after = 0;
        if (const auto cue = cueAt(in, i, after)) {
            if (cue->strength > 1 && words <= kGoverningDistance)
                return cue->role;
            consider(*cue, words * 2);
        }
    }
    words = 0;
    for (qsizetype i = end; i < to; ++i) {
        if (in.tokens[i].kind == TokenKind::Space || in.tokens[i].kind == TokenKind::Punct)
            continue;
        ++words;
        qsizetype after = 0;
        if (const auto cue = cueAt(in, i, after))
            consider(*cue, words * 2 + 1);
    }
    if (!best)
        return std::nullopt;
    return best->role;
}

} // namespace dealdesk
