#include "core/extract/entities/articlescan.h"

#include "core/extract/entities/textfold.h"

#include <algorithm>

namespace dealdesk {
namespace {

bool opensClause(QChar c)
{
    // After these a capital is a sentence's, not a name's: "Foto: Reuters", "«Oggi ...".
    switch (c.unicode()) {
    case u':': case u'"': case u'\u00AB': case u'\u201C': case u'(': case u'\u2014': case u'\u2013':
    case u'*': case u'#': case u'>': case u'\u2022': case u'!': case u'?': case u';':
        return true;
    default:
        return false;
    }
}

} // namespace

ArticleScan::ArticleScan(QStringView text_, const QList<Token> &tokens_, const QList<TextRange> &sentences,
                         const EntityCues &cues_, const QList<quint64> &tokenKeys)
    : text(text_), tokens(tokens_), cues(cues_), keys(text_, tokens_, tokenKeys)
{
    m_flags.resize(tokens.size());
    markLines(sentences);
}

void ArticleScan::markLines(const QList<TextRange> &sentences)
{
    quint8 *flags = m_flags.data(); // through the pointer: no detach check per token
    const Token *tokenData = tokens.constData();
    const QChar *units = text.data();
    // Sentence starts: a word after a sentence break, a line break or a clause opener.
    qsizetype s = 0;
    const TextRange *sentenceData = sentences.constData();
    const qsizetype sentenceCount = sentences.size();
    qsizetype lastSentence = -1;
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
        const bool sentence = last >= lineStart && tokenData[last].length() == 1 && units[tokenData[last].start] == u'.';
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
    auto noteSmall = [&](quint64 key) {
        smallKeys[smallCount++] = key;
        m_smallBits[key % SmallBitCount] = true;
    };
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
        while (s < sentenceCount && sentenceData[s].end <= t.start)
            ++s;
        const QChar first = t.length() > 0 ? units[t.start] : QChar();
        if (t.kind == TokenKind::Word) {
            // isCapitalised(), settled once here; any other word may be a lower-case twin.
            if (t.length() > 0
                && (first.unicode() < 128 ? first.unicode() >= u'A' && first.unicode() <= u'Z'
                                          : first.isUpper() || first.isTitleCase()))
                flags[i] |= Capital;
            else if (first.unicode() >= u'a' && (first.unicode() <= u'z' || first.isLower()))
                noteSmall(keys.at(i));
        } else if (first >= u'A' && t.length() >= 3 && first.isUpper() && units[t.start + 1].isLower()) {
            // Most numbers start with a digit, below every capital: one comparison settles them.
            flags[i] |= LetteredNumber | Capital; // "Atlas9", not "H100" or "GPT4"
        }
        const bool newSentence = s < sentenceCount && s != lastSentence;
        if (newSentence || before == u'\n' || opensClause(before)) {
            flags[i] |= SentenceStart;
        }
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
}

bool ArticleScan::isNameKey(qsizetype i) const
{
    const quint64 k = keys.at(i);
    if (cues.isCommonOrDemonym(k))
        return false;
    return !(startsSentence(i) && hasLowercaseTwin(k));
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
    const bool twin = std::find(smallKeys, smallKeys + m_smallCount, key) != smallKeys + m_smallCount;
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
