#pragma once
// The word lists that find names the gazetteer does not know, for one language: first
// names, titles before a person ("l'amministratore delegato", "Konzernchef"), company cues
// ("Capital", "S.p.A.", "la startup"), demonyms and common words that a capital at the start
// of a sentence does not make a name. All are data (resources/lexicon/<lang>/entity_*.tsv and
// the common/ files); month and weekday names come from ICU.

#include "core/extract/flatkeymap.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <bitset>

namespace dealdesk {

class EntityCues
{
public:
    EntityCues() = default;
    // Loads the common lists and those of `language`; problems go to `errors`.
    EntityCues(const QString &language, QStringList *errors);

    // Keys are TextFold keys of one word, or sequenceKey() of several.
    [[nodiscard]] bool isFirstName(quint64 key) const { return has(key, FirstName); }
    [[nodiscard]] bool isTitle(quint64 sequence) const { return has(sequence, Title); }
    [[nodiscard]] bool isCompanySuffix(quint64 key) const { return has(key, Suffix); }
    [[nodiscard]] bool isLegalSuffix(quint64 key) const { return has(key, Legal); }
    [[nodiscard]] bool isCompanyIntro(quint64 sequence) const { return has(sequence, Intro); }
    [[nodiscard]] bool isDemonym(quint64 key) const { return has(key, Demonym); }
    [[nodiscard]] bool isCommonWord(quint64 key) const { return has(key, Common); }
    // isCommonWord() || isDemonym() in one look-up (asked of every capitalised word).
    [[nodiscard]] bool isCommonOrDemonym(quint64 key) const { return has(key, Common | Demonym); }
    [[nodiscard]] bool isParticle(quint64 key) const { return has(key, Particle); }
    // "a", "una", "la", "eine": an apposition's or a demonym's article ("X, a Utah start-up",
    // "la milanese X").
    [[nodiscard]] bool isArticle(quint64 key) const { return has(key, Article); }
    // An institution's head word opens a name that small words may join ("Politecnico di
    // Torino", "Ministerio para la Transformación Digital y de la Función Pública"): heads,
    // connectors ("di", "para", "für") and joiners ("y" before a connector).
    [[nodiscard]] bool isInstitutionHead(quint64 key) const { return has(key, Head); }
    [[nodiscard]] bool isConnector(quint64 key) const { return has(key, Connector); }
    [[nodiscard]] bool isJoiner(quint64 key) const { return has(key, Joiner); }
    // "raccoglie", "has raised", "which raised" (sequenceKey() of its words): only a company
    // does it, so a capitalised word right before it is a company's name ("Medibit ha
    // ottenuto"). Verbs are at most longestVerb() words.
    [[nodiscard]] bool isCompanyVerb(quint64 sequence) const { return has(sequence, Verb); }
    [[nodiscard]] int longestVerb() const { return m_longestVerb; }
    // False when no company verb starts with the word `key`: one look-up refuses most words.
    [[nodiscard]] bool mayStartVerb(quint64 key) const { return has(key, VerbStart); }
    [[nodiscard]] int longestPhrase() const { return m_longest; }
    // "ha investito 3 milioni in X", "invirtió el año pasado en X": an investing verb and,
    // a few words on, the preposition of its object; the capitalised word after it is a
    // company.
    [[nodiscard]] bool isObjectVerb(quint64 key) const { return has(key, ObjectVerb); }
    // "which", "che", "dont", "que", "die": opens a relative clause after a name's comma, so the
    // verb after the clause's closing comma tells of the name ("Alto, dont le siège est à
    // Lille, a bouclé").
    [[nodiscard]] bool isRelativeWord(quint64 key) const { return has(key, Relative); }
    [[nodiscard]] bool isObjectPreposition(quint64 key) const { return has(key, ObjectPreposition); }
    // "aus", "from", "da", "de": where a company is from, between its name and its verb
    // ("Lumora aus Köln sammelt", "Zorblax from Leeds raised").
    [[nodiscard]] bool isOrigin(quint64 key) const { return has(key, Origin); }
    // German writes every noun with a capital: a list of capitalised words says nothing
    // there ("Daten, Software und Chips"). A `setting` row "capitalised nouns" of the cues.
    [[nodiscard]] bool capitalisesNouns() const { return m_capitalisesNouns; }
    // False when no title or company intro ends with the word `key`: most words before a
    // capital are refused here, before any sequence of keys is combined.
    [[nodiscard]] bool mayEndPhrase(quint64 key) const { return has(key, PhraseEnd); }

    // The key of a word sequence, as stored for titles and company intros.
    [[nodiscard]] static quint64 sequenceKey(const QList<quint64> &wordKeys);
    // The start value sequenceKey() combines word keys into, for callers that combine them
    // without a list.
    [[nodiscard]] static constexpr quint64 sequenceSeed() { return 0x2545f4914f6cdd1dULL; }

private:
    // Which lists a key is on, as bits: the lists are loaded into sets, then folded into one
    // flat table (index()), so a word asked about several lists costs one look-up.
    enum List : qint32 {
        FirstName = 1 << 0, Title = 1 << 1, Suffix = 1 << 2, Legal = 1 << 3, Intro = 1 << 4, Demonym = 1 << 5,
        Common = 1 << 6, Particle = 1 << 7, Article = 1 << 8, Head = 1 << 9, Connector = 1 << 10, Joiner = 1 << 11, PhraseEnd = 1 << 12,
        Verb = 1 << 13, VerbStart = 1 << 14, ObjectVerb = 1 << 15, ObjectPreposition = 1 << 16,
        Relative = 1 << 17, Origin = 1 << 18,
    };
    // A bit test first: most words asked about are on no list (names, mostly), and the bit
    // of their key is clear.
    [[nodiscard]] bool has(quint64 key, qint32 lists) const
    {
        return m_listed[size_t(key & (ListedBits - 1))] && (m_lists.value(key, 0) & lists);
    }
    void index();
    void addPhrases(const QString &path, const QString &column, QSet<quint64> &into, QStringList *errors,
                    bool asSequence);
    void addCompanyCues(const QString &path, QStringList *errors);
    void addCalendarWords(const QString &language);

    QSet<quint64> m_firstNames, m_titles, m_suffixes, m_legal, m_intros, m_demonyms, m_common, m_particles, m_articles;
    QSet<quint64> m_heads, m_connectors, m_joiners, m_verbs, m_verbStarts, m_objectVerbs, m_objectPrepositions;
    QSet<quint64> m_relatives, m_origins;
    QSet<quint64> m_phraseEnds; // last words of titles and intros
    FlatKeyMap m_lists; // key -> List bits
    static constexpr quint64 ListedBits = 0x10000;
    std::bitset<ListedBits> m_listed; // a bit per key of m_lists (its low bits)
    int m_longest = 1;
    int m_longestVerb = 0;
    bool m_capitalisesNouns = false;
};

} // namespace dealdesk
