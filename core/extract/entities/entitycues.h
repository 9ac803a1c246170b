#pragma once
// The word lists that find names the gazetteer does not know, for one language: first
// names, titles before a person ("l'amministratore delegato", "Konzernchef"), company cues
// ("Capital", "S.p.A.", "la startup"), demonyms and common words that a capital at the start
// of a sentence does not make a name. All are data (resources/lexicon/<lang>/entity_*.tsv and
// the common/ files); month and weekday names come from ICU.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dealdesk {

class EntityCues
{
public:
    EntityCues() = default;
    // Loads the common lists and those of `language`; problems go to `errors`.
    EntityCues(const QString &language, QStringList *errors);

    // Keys are TextFold keys of one word, or sequenceKey() of several.
    [[nodiscard]] bool isFirstName(quint64 key) const { return m_firstNames.contains(key); }
    [[nodiscard]] bool isTitle(quint64 sequence) const { return m_titles.contains(sequence); }
    [[nodiscard]] bool isCompanySuffix(quint64 key) const { return m_suffixes.contains(key); }
    [[nodiscard]] bool isLegalSuffix(quint64 key) const { return m_legal.contains(key); }
    [[nodiscard]] bool isCompanyIntro(quint64 sequence) const { return m_intros.contains(sequence); }
    [[nodiscard]] bool isDemonym(quint64 key) const { return m_demonyms.contains(key); }
    [[nodiscard]] bool isCommonWord(quint64 key) const { return m_common.contains(key); }
    [[nodiscard]] bool isParticle(quint64 key) const { return m_particles.contains(key); }
    // "a", "una", "la", "eine": an apposition's or a demonym's article ("X, a Utah start-up",
    // "la milanese X").
    [[nodiscard]] bool isArticle(quint64 key) const { return m_articles.contains(key); }
    // An institution's head word opens a name that small words may join ("Politecnico di
    // Torino", "Ministerio para la Transformación Digital y de la Función Pública"): heads,
    // connectors ("di", "para", "für") and joiners ("y" before a connector).
    [[nodiscard]] bool isInstitutionHead(quint64 key) const { return m_heads.contains(key); }
    [[nodiscard]] bool isConnector(quint64 key) const { return m_connectors.contains(key); }
    [[nodiscard]] bool isJoiner(quint64 key) const { return m_joiners.contains(key); }
    [[nodiscard]] int longestPhrase() const { return m_longest; }

    // The key of a word sequence, as stored for titles and company intros.
    [[nodiscard]] static quint64 sequenceKey(const QList<quint64> &wordKeys);
    // The start value sequenceKey() combines word keys into, for callers that combine them
    // without a list.
    [[nodiscard]] static constexpr quint64 sequenceSeed() { return 0x2545f4914f6cdd1dULL; }

private:
    void addPhrases(const QString &path, const QString &column, QSet<quint64> &into, QStringList *errors,
                    bool asSequence);
    void addCompanyCues(const QString &path, QStringList *errors);
    void addCalendarWords(const QString &language);

    QSet<quint64> m_firstNames, m_titles, m_suffixes, m_legal, m_intros, m_demonyms, m_common, m_particles, m_articles;
    QSet<quint64> m_heads, m_connectors, m_joiners;
    int m_longest = 1;
};

} // namespace dealdesk
