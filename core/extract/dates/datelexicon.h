#pragma once
// The words the date reader knows in one language: month and weekday names from ICU
// (icu::DateFormatSymbols: wide and abbreviated, format and standalone forms), and the rest
// (prepositions, relative words, units, ordinals, tense cues) from
// resources/lexicon/<lang>/dates.tsv and dates-tense.tsv. Loaded once, read-only afterwards.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dealdesk {

// What a word can be in a date expression; one word may hold several roles ("mar" is a month
// and a weekday abbreviation in Italian).
enum DateRole : quint32 {
    RolePrep = 1u << 0,          // in, nel, am, d'ici: may open the span
    RoleArticle = 1u << 1,       // il, the, le, der
    RoleOf = 1u << 2,            // di, of, de, del: links day, month and year
    RolePosition = 1u << 3,      // fine, late, Anfang: part of the span, the grain is kept
    RoleMod = 1u << 4,           // scorso, next, dernier: value -1, 0 or +1
    RoleOrdinal = 1u << 5,       // primo, third, dritten: value 1..31
    RoleRelDay = 1u << 6,        // ieri, today, morgen: value days from the reference
    RoleUnit = 1u << 7,          // anno, months, Jahren: value Y, Q, M, W or D
    RoleAgoBefore = 1u << 8,     // il y a, vor, hace + a duration
    RoleAgoAfter = 1u << 9,      // a duration + fa, ago
    RoleFiscal = 1u << 10,       // fiscal, ejercicio fiscal: before a year
    RoleFiller = 1u << 11,       // solo, only: between a number and its unit
    RoleDaySuffix = 1u << 12,    // st, th, er, º: after a day's digits
    RoleQuarterLetter = 1u << 13, // Q (Q3 2024), T (es 2017-T1)
    RoleIndefinite = 1u << 14,   // a, un, ein: "one" in a duration after a preposition
    RoleMonth = 1u << 15,        // a wide month name (ICU)
    RoleMonthAbbr = 1u << 16,    // an abbreviated month name (ICU): only next to a number
    RoleWeekday = 1u << 17,      // a wide weekday name (ICU)
    RoleWeekdayAbbr = 1u << 18,  // an abbreviated weekday name (ICU): only before a date
    RoleFuture = 1u << 19,       // a preposition that points ahead: entro, by, d'ici, bis
    RoleShiftAfter = 1u << 20,   // earlier, later, prima, später: "a year earlier" counts from
                                 // another event, so it is no duration and no date
    RoleRelUnit = 1u << 21,      // one word for a unit and its offset: Vorjahr (Y-1), Jahresende (Y0)
    RoleLink = 1u << 22,         // e, and, et, und, y: "a marzo e aprile" lets the second month stand
    RoleRange = 1u << 23,        // to, a, bis, hasta: "from January to April 2015" gives the first
                                 // month the year of the second; links join ranges too
};

// Roles that may come before the core of an expression and become part of its span.
constexpr quint32 datePrefixRoles = RolePrep | RoleArticle | RoleOf | RolePosition | RoleMod
                                    | RoleAgoBefore | RoleFiscal | RoleFuture | RoleLink;
// Roles that are, or start, the core of an expression.
constexpr quint32 dateCoreRoles = RoleOrdinal | RoleRelDay | RoleUnit | RoleMonth | RoleMonthAbbr
                                  | RoleWeekday | RoleWeekdayAbbr | RoleIndefinite
                                  | RoleQuarterLetter | RoleRelUnit;

struct DateWord
{
    quint32 roles = 0;
    qint8 mod = 0;
    qint8 ordinal = 0;
    qint8 relDay = 0;
    qint8 month = 0;        // 1..12
    qint8 weekday = 0;      // 1 (Monday) .. 7, as Qt counts
    char16_t unit = 0;      // u'Y', u'Q', u'M', u'W', u'D'
    bool capitalised = false; // the ICU name is capitalised (en, de): a lower-case word is not it
    bool lowerOnly = false;   // the lexicon word counts only in lower case ("morgen", not "Morgen")
    bool noArticle = false;   // not after an article ("la mañana" is a morning)
    bool plural = false;      // a plural unit: "next years" is no one year
    bool phraseStart = false; // first word of a longer phrase in the lexicon
    bool phrasePart = false;  // a later word of such a phrase: phrases are only tried through these

    [[nodiscard]] bool has(quint32 role) const { return (roles & role) != 0; }
};

enum class Tense : quint8 { Unknown, Past, Future };

class DateLexicon
{
public:
    DateLexicon() = default;
    // Loads the ICU names of `language` and its lexicon files; problems go to `errors`.
    DateLexicon(const QString &language, QStringList *errors);

    // The single word `raw` (as written) whose TextFold key is `key` (ExtractionInput::tokenKeys
    // holds it for every token): one probe of a flat table, then the word compared as fold()
    // writes it, so a miss, most words of a text, costs no folding and no allocation.
    [[nodiscard]] const DateWord *word(quint64 key, QStringView raw) const { return keyTable().word(key, raw); }
    // The same for a piece of a token ("th" of "4th", "FY" of "FY2025"), keyed here.
    [[nodiscard]] const DateWord *word(QStringView raw) const;
    // A phrase of several words, folded, inner white space a single space: "il y a", "d'ici".
    [[nodiscard]] const DateWord *phrase(const QString &folded) const;
    [[nodiscard]] int longestPhrase() const { return m_longestPhrase; }
    // The tense a word suggests ("will", "investirà", "ha"), by exact word then by ending;
    // `key` is its TextFold key as for word().
    [[nodiscard]] Tense tenseCue(quint64 key, QStringView raw) const;
    // A cheap test before folding and tenseCue(): false when `word` (as written) is neither a
    // listed word (by its length and first and last letters) nor long enough to end in a
    // listed ending with its last letter. Asked of every word around every date.
    [[nodiscard]] bool mayBeTenseCue(QStringView word) const
    {
        if (word.isEmpty())
            return false;
        const char16_t last = lower(word.back());
        const quint32 slot = tenseSlot(lower(word.front()), last, word.size());
        if ((m_tenseFilter[slot >> 6] >> (slot & 63)) & 1u)
            return true;
        return word.size() >= m_shortestEnding + 3 && ((m_endingFilter[(last & (filterBits - 1)) >> 6] >> (last & 63)) & 1u);
    }

    // Lower-cases `text` into `out` (reusing its buffer) and makes ’ a plain apostrophe.
    static void fold(QStringView text, QString &out);
    // The key word() and tenseCue() take: TextFold's, as ExtractionInput::tokenKeys holds.
    [[nodiscard]] static quint64 keyOf(QStringView raw);

private:
    struct KeySlot
    {
        quint64 key = 0;
        const DateWord *word = nullptr;
        const QString *folded = nullptr;
    };

public:
    // The key table as two plain values: a loop over every token keeps them in registers
    // (through the lexicon they are read again after each store the loop makes).
    struct KeyTable
    {
        const KeySlot *entries;
        quint32 mask;
        const quint64 *filter; // keyFilterBits bits, one set per word's key (see keyFilterBit)
        [[nodiscard]] const DateWord *word(quint64 key, QStringView raw) const
        {
            // Most words of a text are no date word: one bit test, not a probe of the table.
            const quint32 bit = keyFilterBit(key);
            if (!((filter[bit >> 6] >> (bit & 63)) & 1u))
                return nullptr;
            for (quint32 s = quint32(key) & mask;; s = (s + 1) & mask) {
                const KeySlot &slot = entries[s];
                if (!slot.word)
                    return nullptr;
                if (slot.key == key && sameFolded(raw, *slot.folded))
                    return slot.word;
            }
        }
    };
    [[nodiscard]] KeyTable keyTable() const
    {
        return {m_keySlots.constData(), m_keyMask, m_keyFilter};
    }

    // The filter's bit of a key: bits of the key above those that pick a table slot, so a
    // word missed by the filter and one missed by the first slot are mostly different words.
    static constexpr quint32 keyFilterBits = 1u << 16;
    [[nodiscard]] static quint32 keyFilterBit(quint64 key)
    {
        return quint32(key >> 40) & (keyFilterBits - 1);
    }

private:
    struct TenseSlot
    {
        quint64 key = 0;
        Tense tense = Tense::Unknown;
        const QString *folded = nullptr;
    };
    // True when `raw`, folded as fold() does, is `folded`.
    [[nodiscard]] static bool sameFolded(QStringView raw, const QString &folded)
    {
        if (raw.size() != folded.size())
            return false;
        const QChar *f = folded.constData();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (lower(raw[i]) != f[i].unicode())
                return false;
        }
        return true;
    }
    // Fills m_keySlots and m_tenseSlots once every word is loaded (the QHash values no
    // longer move).
    void buildKeyTables();
    void addIcuNames(const QString &language);
    void loadWords(const QString &language, QStringList *errors);
    void loadTenseCues(const QString &language, QStringList *errors);
    DateWord &entry(const QString &folded);

    QHash<QString, DateWord> m_words;
    QList<KeySlot> m_keySlots;  // open addressing over TextFold keys, at most a quarter full
    quint32 m_keyMask = 0;
    QList<TenseSlot> m_tenseSlots;
    quint32 m_tenseMask = 0;
    QHash<QString, DateWord> m_phrases;
    QHash<QString, Tense> m_tenseWords;
    QList<std::pair<QString, Tense>> m_tenseEndings;
    // Per bucket of a last character (its low bits), the indices of the endings that end in
    // such a character or are empty, in m_tenseEndings' order: tenseCue() tries those alone.
    static constexpr char16_t endingBuckets = 64;
    QList<QList<qsizetype>> m_endingsByLast;
    // One character as fold() writes it.
    [[nodiscard]] static char16_t lower(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return char16_t(u >= u'A' && u <= u'Z' ? u + 32 : u);
        return (u == u'\u2019' || u == u'\u02bc') ? u'\'' : c.toLower().unicode();
    }
    // The slot of a folded tense word in m_tenseFilter: its length, first and last character.
    [[nodiscard]] static quint32 tenseSlot(char16_t first, char16_t last, qsizetype length)
    {
        return (quint32(first) * 131u + quint32(last) * 31u + quint32(length) * 7919u) & (filterBits - 1);
    }

    static constexpr quint32 filterBits = 1u << 14;
    int m_longestPhrase = 1;
    quint64 m_tenseFilter[filterBits / 64] = {};  // slots of m_tenseWords
    quint64 m_endingFilter[filterBits / 64] = {}; // last characters of m_tenseEndings
    quint64 m_keyFilter[keyFilterBits / 64] = {};  // keyFilterBit() of every word in m_keySlots
    qsizetype m_shortestEnding = 1 << 20;          // no ending: no word is long enough
};

} // namespace dealdesk
