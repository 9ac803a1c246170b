#pragma once
// The grammar of the date reader: at a word of the text, reads the longest date expression
// that starts there (prefix words, a core, suffix words) into a DateParse, not yet resolved
// against the article's date. Works on the article's tokens without their spaces.

#include "core/extract/dates/datelexicon.h"
#include "core/extract/dates/datereader.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace dealdesk {

struct ExtractionInput;

struct DateParse
{
    enum class Kind : quint8 { Year, Month, Day, Quarter, RelUnit, Weekday, RelDay, Duration };
    Kind kind = Kind::Year;
    qsizetype firstItem = 0; // items, see DateScanner
    qsizetype endItem = 0;
    int year = 0;            // 0 when the text gives none
    int month = 0;
    int day = 0;
    int quarter = 0;
    int weekday = 0;
    int relDay = 0;
    QString time;            // "04:10" after a day: a datetime
    std::optional<int> mod;  // last / this / next
    std::optional<int> yearOffset; // "ad aprile dello scorso anno": -1
    char16_t unit = 0;
    double count = 0;
    bool ago = false;        // "due anni fa", "il y a deux ans"
    bool future = false;     // a preposition that points ahead: entro, by, d'ici
};

class DateScanner
{
public:
    DateScanner(const ExtractionInput &in, const DateLexicon &lexicon, const DateNumbers &numbers, bool monthFirst);

    [[nodiscard]] qsizetype itemCount() const { return m_count; }
    [[nodiscard]] qsizetype startOf(qsizetype item) const;
    [[nodiscard]] qsizetype endOf(qsizetype item) const; // after the item's token
    [[nodiscard]] std::optional<DateParse> parseAt(qsizetype item) const;
    // False when no expression can start at the item (a plain word far from any date word).
    [[nodiscard]] bool mayStart(qsizetype item) const
    {
        const Item &it = m_items[item];
        if (!it.mayStart)
            return false;
        // A number (never a lexicon word, so no prefix) is read by core() alone; most numbers
        // of a text pass none of its gates.
        if (it.roles == 0)
            return numberMayBeCore(item);
        // Most starts are a preposition or an article before a plain word ("in the", "of
        // a"): parseAt() would walk to that word and find no core there.
        const qsizetype j = item + it.length;
        if ((it.roles & dateCoreRoles) || !(it.roles & datePrefixRoles) || (it.roles & RolePosition) || j >= m_count)
            return true;
        const Item &next = m_items[j];
        return next.lineBefore || next.roles != 0 || mayBeCore(j);
    }

private:
    // Written field by field for every token of the article, so no member initialisers:
    // the array is allocated without being cleared first.
    struct Item
    {
        qsizetype token;
        quint32 roles;
        const DateWord *word;
        int length;      // items a lexicon phrase takes ("il y a": 3)
        bool lineBefore; // a line break before it: expressions do not run across
        bool unitAhead;  // a unit word within a few items after it (same line)
        bool monthAhead; // a month name within a few items after it (same line)
        bool unitNear;   // the same within `near` items: no pattern reaches further, so a
        bool monthNear;  // pattern that needs a unit or month after it stops at once without
        bool mayStart;   // an expression may start here (see mayStart())
    };
    struct Prefix
    {
        bool any = false;
        bool prep = false;
        bool position = false;
        bool future = false;
        bool agoBefore = false;
        bool fiscal = false;
        std::optional<int> mod;
    };

    void buildItems();
    void markLookahead(const qsizetype *ahead, qsizetype count);
    // True when core() can read anything at item j (most words after an article cannot).
    [[nodiscard]] bool mayBeCore(qsizetype j) const;
    // True unless item j is a number where every gate of core()'s number patterns fails (no
    // letters glued to it, not four characters, no date separator after its digits, no unit
    // or month near), so parseAt() there reads nothing.
    [[nodiscard]] bool numberMayBeCore(qsizetype j) const;
    // True when the item appended next opens a sentence (after . ! ? or :).
    [[nodiscard]] bool sentenceStart(qsizetype next) const;
    // Inside the text and not across a line break (the item parsing starts from may open a line).
    [[nodiscard]] bool ok(qsizetype i) const
    {
        return i >= 0 && i < m_count && (!m_items[i].lineBefore || i == m_anchor);
    }
    [[nodiscard]] QStringView textOf(qsizetype i) const;
    [[nodiscard]] bool isPunct(qsizetype i, QChar c) const;
    [[nodiscard]] bool isNumber(qsizetype i) const;
    [[nodiscard]] bool adjacent(qsizetype i) const; // no space between items i-1 and i
    [[nodiscard]] qsizetype itemAtOffset(qsizetype offset, qsizetype from) const;

    [[nodiscard]] std::optional<int> yearAt(qsizetype i, bool strict) const;
    [[nodiscard]] std::optional<int> dayNumberAt(qsizetype i, qsizetype &next) const;
    [[nodiscard]] std::optional<double> countAt(qsizetype i, qsizetype &next, const Prefix &p) const;
    [[nodiscard]] std::optional<int> quarterLetterAt(qsizetype i) const;
    // A number in words at item i ("diez", "two thousand and five"): its value and the next item.
    [[nodiscard]] std::optional<std::pair<double, qsizetype>> numberWordAt(qsizetype i) const;
    [[nodiscard]] std::optional<DateParse> wordDay(qsizetype j) const;

    [[nodiscard]] std::optional<DateParse> core(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> numeric(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> gluedFiscalYear(qsizetype j) const;
    [[nodiscard]] std::optional<DateParse> dayMonth(qsizetype j) const;
    [[nodiscard]] std::optional<DateParse> monthFirst(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> quarter(qsizetype j) const;
    [[nodiscard]] std::optional<DateParse> yearFirst(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> weekdayFirst(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> unitWord(qsizetype j, const Prefix &p) const;
    [[nodiscard]] std::optional<DateParse> duration(qsizetype j, const Prefix &p) const;
    // "dello scorso anno", "of last year", "letzten Jahres" after a month: the year's offset.
    [[nodiscard]] std::optional<std::pair<int, qsizetype>> yearOffsetAt(qsizetype i) const;
    // "98" in "juillet 98", "of 87": two digits no day can be, as a year near the reference.
    [[nodiscard]] std::optional<std::pair<int, qsizetype>> twoDigitYearAt(qsizetype i) const;
    // A year after a day or month: "2025", ", 2025", "de 2025", "of 2024".
    [[nodiscard]] std::optional<std::pair<int, qsizetype>> trailingYear(qsizetype i) const;
    void suffixes(DateParse &d) const;

    // dateranges.cpp: the two ends of a range, a month glued to its day or year.
    // A range word ("to", "a", "bis", "-") or a link ("and", "e", "und") at item i.
    [[nodiscard]] bool isRangeLink(qsizetype i) const;
    // The year of the second end after the first at item e: "to April 2015" after "January",
    // "to 5 May 2024" after "3 January"; nullopt when that end gives none.
    [[nodiscard]] std::optional<int> rangeYear(qsizetype e) const;
    // "3 to 5 May 2024", "dal 3 al 5 marzo": the first day after its number at item n, with
    // the month and year of the second; `day` is the first's number.
    [[nodiscard]] std::optional<DateParse> dayRange(qsizetype n, int day) const;
    // "Dec31, 1994", "Sep2020": letters of a month name glued to a day or a year.
    [[nodiscard]] std::optional<DateParse> gluedMonth(qsizetype j, const Prefix &p) const;
    // "the third month of 2021", "il nono mese del prossimo anno": the month of that year.
    [[nodiscard]] std::optional<DateParse> ordinalMonth(int month, qsizetype e) const;

    const ExtractionInput &m_in;
    const DateLexicon &m_lexicon;
    const DateNumbers &m_numbers;
    bool m_monthFirst = false;
    int m_referenceYear = 2025; // for two-digit years; the article's when it has a date
    std::unique_ptr<Item[]> m_items;
    qsizetype m_count = 0;
    mutable qsizetype m_anchor = -1; // the item parseAt starts from
    mutable bool m_inRange = false;  // reading the second end of a range: no third is looked for
    // m_numbers.words() at a token with its last answer kept: wordDay() and duration() ask it
    // of the same word in turn, and the answer depends on the token alone.
    [[nodiscard]] std::optional<std::pair<double, qsizetype>> numberWordsAt(qsizetype token) const;
    mutable qsizetype m_wordsToken = -1;
    mutable std::optional<std::pair<double, qsizetype>> m_wordsAnswer;
};

} // namespace dealdesk
