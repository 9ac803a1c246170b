#include "core/extract/entities/articlescan.h"

#include "core/extract/entities/textfold.h"

#include <bitset>

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
    // Only sentence-initial capitals are ever asked about, so only their lower-case twins
    // are collected: a lookup in a small set per word instead of an insertion, and a bit
    // test before it that most words fail.
    QSet<quint64> initials;
    std::bitset<4096> initialBits;
    markLines(sentences, [&](qsizetype i) {
        if (isCapitalised(i)) {
            initials.insert(keys.at(i));
            initialBits.set(keys.at(i) & 4095);
        }
    });
    const Token *tokenData = tokens.constData();
    for (qsizetype i = 0; i < tokens.size() && !initials.isEmpty(); ++i) {
        if (tokenData[i].kind == TokenKind::Word && initialBits.test(keys.at(i) & 4095) && tokenData[i].length() > 0
            && text[tokenData[i].start].isLower() && initials.contains(keys.at(i)))
            m_lowercase.insert(keys.at(i));
    }
}

template <typename OnStart>
void ArticleScan::markLines(const QList<TextRange> &sentences, OnStart onStart)
{
    quint8 *flags = m_flags.data(); // through the pointer: no detach check per token
    const Token *tokenData = tokens.constData();
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
        const bool sentence = last >= lineStart && word(last) == u".";
        const bool headline = !sentence && words >= 3 && (capitals * 10 >= words * 8 || allCaps * 10 >= words * 7);
        if (headline) {
            for (qsizetype j = lineStart; j < end; ++j)
                flags[j] |= Headline;
        }
        words = capitals = allCaps = 0;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokenData[i];
        while (s < sentenceCount && sentenceData[s].end <= t.start)
            ++s;
        if (t.kind == TokenKind::Space) {
            if (keys.breaksLine(i)) {
                before = u'\n';
                closeLine(i);
                lineStart = i + 1;
            }
            continue;
        }
        // Most numbers start with a digit, below every capital: one comparison settles them.
        if (t.kind == TokenKind::Number && text[t.start] >= u'A' && t.length() >= 3 && text[t.start].isUpper()
            && text[t.start + 1].isLower())
            flags[i] |= LetteredNumber; // "Atlas9", not "H100" or "GPT4"
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) {
            const bool newSentence = s < sentenceCount && s != lastSentence;
            if (newSentence || before == u'\n' || opensClause(before)) {
                flags[i] |= SentenceStart;
                onStart(i);
            }
            lastSentence = s;
        }
        before = text[t.end - 1];
        if (t.kind != TokenKind::Word || t.length() < 4)
            continue;
        ++words;
        const QStringView w = t.in(text);
        const bool upper = w.front().isUpper();
        if (upper)
            ++capitals;
        // Most words start with a small letter and are settled by it; the rest are read on
        // only while every letter so far is a capital.
        bool caps = upper || !w.front().isLetter();
        for (qsizetype k = 1; caps && k < w.size(); ++k)
            caps = !w[k].isLetter() || w[k].isUpper();
        if (caps)
            ++allCaps;
    }
    closeLine(tokens.size());
}

bool ArticleScan::isNameKey(qsizetype i) const
{
    const quint64 k = keys.at(i);
    if (cues.isCommonOrDemonym(k))
        return false;
    return !(startsSentence(i) && m_lowercase.contains(k));
}

quint64 ArticleScan::bareKey(qsizetype i) const
{
    const QStringView w = word(i);
    if (w.size() > 1 && (w.back() == u'\'' || w.back() == u'\u2019'))
        return TextFold::instance().key(w.chopped(1));
    return keys.at(i);
}

qsizetype ArticleScan::previous(qsizetype i) const
{
    qsizetype j = i - 1;
    if (j >= 0 && tokens[j].kind == TokenKind::Space) {
        if (keys.breaksLine(j))
            return -1;
        --j;
    }
    return j;
}

} // namespace dealdesk
