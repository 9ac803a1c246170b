#pragma once
// Known names: the bundled gazetteer (resources/lexicon/common/gazetteer.tsv), the learned
// names of the corpus and ICU's country names in the lexicon languages, all in one phrase
// trie so an article is matched in a single pass. Case and accents are folded for the
// lookup and checked again on a hit: a capital in the alias needs one in the text ("Meta",
// not "meta"), an all-caps alias needs all caps ("AWS"), and an accent in the text that no
// alias of the key has rejects the hit ("Metà" is not "Meta").

#include "core/extract/entities/learnedname.h"
#include "core/extract/entities/phrasetrie.h"
#include "core/extract/findings.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace dealdesk {

struct GazetteerEntry
{
    QString canonical;
    EntityType type = EntityType::Org;
};

struct GazetteerHit
{
    qsizetype first = 0; // token range [first, end)
    qsizetype end = 0;
    int entry = -1;
};

class Gazetteer
{
public:
    Gazetteer() = default;
    // Adds an entry and its aliases (the canonical name is always one); an alias whose key
    // is already taken by an earlier entry is skipped, so earlier sources win.
    void add(const QString &canonical, EntityType type, const QStringList &aliases);
    // Loads gazetteer.tsv (columns canonical, type, aliases, note); errors name file and line.
    void load(const QString &path, QStringList *errors);
    // Country names from ICU in each of `languages`, canonical in English.
    void addTerritories(const QStringList &languages, const QSet<QString> &excluded);
    void addLearned(const QList<LearnedName> &names);

    // The longest known name starting at token `first` whose case and accents fit the text.
    [[nodiscard]] std::optional<GazetteerHit> match(QStringView text, const QList<Token> &tokens,
                                                    const TokenKeys &keys, qsizetype first) const;
    // False when no known name starts with the word of `key`: a bit test, inline, that spares
    // most words of an article the call to match().
    [[nodiscard]] bool mayStartWith(quint64 key) const { return m_trie.mayStart(key); }
    // mayStartWith() for a token whose first unit is `first`: a word that starts with a small
    // ASCII letter can only start an alias whose first letter is not a capital ("iPhone",
    // "xAI"), and few keys start one, so most small words of an article end here.
    [[nodiscard]] bool mayStartAt(quint64 key, QChar first) const
    {
        if (!m_trie.mayStart(key))
            return false;
        const char16_t u = first.unicode();
        return u < u'a' || u > u'z' || m_smallStarts[size_t(key & 0xFFFF)];
    }
    [[nodiscard]] const GazetteerEntry &entry(int index) const { return m_entries[index]; }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    struct Alias
    {
        int entry = -1;
        QStringList words; // non-space tokens as written
        // Per word, what the case check asks of the text's word (Shape bits): read once
        // here, not from the alias's words at every match.
        QList<quint8> shapes;
        bool accented = false;
    };
    enum Shape : quint8 { NeedsCapital = 1, NeedsAllCaps = 2 };
    [[nodiscard]] bool fits(const Alias &alias, QStringView text, const QList<Token> &tokens,
                            qsizetype first, qsizetype end) const;

    QList<GazetteerEntry> m_entries;
    QList<Alias> m_aliases;
    QSet<quint64> m_taken; // combined keys of every alias, to keep the first owner
    // Bits of the first keys of the aliases whose first word's first letter is no capital:
    // only those may fit a word written with a small first letter (fits()).
    std::bitset<0x10000> m_smallStarts;
    PhraseTrie m_trie;
};

} // namespace dealdesk
