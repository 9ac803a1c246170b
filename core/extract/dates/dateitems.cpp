#include "core/extract/dates/datescanner.h"

#include "core/extract/dates/datescanutil.h"
#include "core/extract/entities/phrasetrie.h"
#include "core/extract/extractioninput.h"

#include <QVarLengthArray>

// The scanner's items: one per token that is not white space, with its lexicon word and
// roles, made once per article in one pass over the tokens and their precomputed keys.

namespace dealdesk {

using namespace datescan;

DateScanner::DateScanner(const ExtractionInput &in, const DateLexicon &lexicon, const DateNumbers &numbers,
                         bool monthFirst)
    : m_in(in), m_lexicon(lexicon), m_numbers(numbers), m_monthFirst(monthFirst)
{
    if (in.reference.isValid())
        m_referenceYear = in.reference.year();
    buildItems();
}

void DateScanner::buildItems()
{
    const QStringView text = m_in.text;
    const qsizetype tokenCount = m_in.tokens.size();
    const Token *tokens = m_in.tokens.constData();
    // Every component reads the folded keys ExtractionInput made once; a hand-made input
    // without them gets its own.
    QList<quint64> ownKeys;
    if (m_in.tokenKeys.size() != tokenCount)
        ownKeys = TokenKeys::keysOf(text, m_in.tokens);
    const quint64 *keys = ownKeys.isEmpty() ? m_in.tokenKeys.constData() : ownKeys.constData();
    // Items holding a unit or month word: the few that words before them look ahead to.
    QVarLengthArray<qsizetype, 64> ahead;
    // One allocation, not cleared: every field of an item is written below.
    m_items = std::make_unique_for_overwrite<Item[]>(std::max<qsizetype>(tokenCount, 1));
    Item *items = m_items.get();
    const DateLexicon::KeyTable table = m_lexicon.keyTable();
    // Items whose word may open a lexicon phrase ("il y a", "d'ici"): looked at after the pass.
    QVarLengthArray<qsizetype, 64> phraseStarts;
    qsizetype count = 0;
    bool line = false;
    for (qsizetype ti = 0; ti < tokenCount; ++ti) {
        const Token &t = tokens[ti];
        if (t.kind == TokenKind::Space) {
            line = line || keys[ti] != 0; // a space's key is 0 or the line-break mark
            continue;
        }
        Item &item = items[count];
        item.token = ti;
        item.roles = 0;
        item.word = nullptr;
        item.length = 1;
        item.lineBefore = line;
        item.unitAhead = false;
        item.monthAhead = false;
        item.unitNear = false;
        item.monthNear = false;
        line = false;
        // One probe of the lexicon's key table; the few words found are compared in full.
        if (t.kind == TokenKind::Word && t.length() <= maxWordLength) {
            if (const DateWord *w = table.word(keys[ti], t.in(text))) {
                item.word = w;
                if (w->phraseStart)
                    phraseStarts.append(count);
                item.roles = w->roles;
                const QChar first = text[t.start];
                if (w->capitalised && first.isLower()) {
                    // "may", "march" alone are no months in English; "june 2024", "14 nov" are.
                    const bool month = item.roles & RoleMonth;
                    item.roles &= ~nameRoles;
                    if (month || (w->roles & RoleMonthAbbr))
                        item.roles |= RoleMonthAbbr;
                }
                // "Morgen" is a morning, "morgen" tomorrow; a sentence may open with either.
                if (w->lowerOnly && first.isUpper() && !item.lineBefore && !sentenceStart(count))
                    item.roles &= nameRoles;
                if (item.roles & (RoleUnit | RoleMonth | RoleMonthAbbr))
                    ahead.append(count);
            }
        }
        const QChar *c = text.constData() + t.start;
        item.mayStart = item.roles != 0 || t.kind == TokenKind::Number
                        || (t.kind == TokenKind::Word && (isDigit(c[0]) || (t.length() == 2 && isDigit(c[1]))));
        ++count;
    }
    m_count = count;
    // Phrases of the lexicon ("il y a", "d'ici", "aujourd'hui") take their first item's place.
    QString key;
    QString folded;
    for (const qsizetype i : phraseStarts) {
        if (i + 1 >= count)
            continue;
        const Item &second = items[i + 1];
        const Token &st = tokens[second.token];
        if (!(second.word && second.word->phrasePart)
            && !(st.kind == TokenKind::Punct && st.length() == 1 && text[st.start] == u'-'))
            continue; // the common case, "a" or "l'" before any other word: nothing to build
        const qsizetype last = std::min<qsizetype>(count, i + m_lexicon.longestPhrase()) - 1;
        key.truncate(0); // keeps the buffer: no allocation per phrase start
        const DateWord *best = nullptr;
        int bestLength = 0;
        for (qsizetype j = i; j <= last; ++j) {
            const Token &t = tokens[items[j].token];
            if (t.length() > maxWordLength || (j > i && items[j].lineBefore))
                break;
            // Only words met inside lexicon phrases (and the hyphen of "avant-hier") go on.
            if (j > i && !(items[j].word && items[j].word->phrasePart)
                && !(t.kind == TokenKind::Punct && t.length() == 1 && text[t.start] == u'-'))
                break;
            if (j > i && tokens[items[j - 1].token].end < t.start)
                key += u' ';
            DateLexicon::fold(t.in(text), folded);
            key += folded;
            if (j == i)
                continue;
            if (const DateWord *w = m_lexicon.phrase(key)) {
                best = w;
                bestLength = int(j - i + 1);
            }
        }
        if (best) {
            items[i].word = best;
            items[i].roles = best->roles;
            items[i].length = bestLength;
            items[i].mayStart = items[i].mayStart || best->roles != 0;
            if (best->roles & (RoleUnit | RoleMonth | RoleMonthAbbr))
                ahead.append(i);
        }
    }
    markLookahead(ahead.constData(), ahead.size());
}

void DateScanner::markLookahead(const qsizetype *ahead, qsizetype count)
{
    // The words a few items before a unit or month word (on its line) may be a number in
    // words ("quattro anni", "diez de octubre"): they may start an expression too. Marked
    // from the unit and month words, which are few, with their roles after the phrases.
    Item *items = m_items.get();
    const Token *tokens = m_in.tokens.constData();
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype u = ahead[n];
        const bool unit = items[u].roles & RoleUnit;
        const bool month = items[u].roles & (RoleMonth | RoleMonthAbbr);
        if (!unit && !month)
            continue; // a phrase took the word's place ("anno fiscale")
        for (qsizetype j = u - 1; j >= 0 && u - j <= nearItems && !items[j + 1].lineBefore; --j) {
            items[j].unitNear = items[j].unitNear || unit;
            items[j].monthNear = items[j].monthNear || month;
            if (u - j > lookahead)
                continue;
            items[j].unitAhead = items[j].unitAhead || unit;
            items[j].monthAhead = items[j].monthAhead || month;
            items[j].mayStart = items[j].mayStart || tokens[items[j].token].kind == TokenKind::Word;
        }
    }
}

bool DateScanner::mayBeCore(qsizetype j) const
{
    // What core() reads from: a number, a core word, digits in a word ("4th", "Q3", "FY2025"),
    // a number word before a unit or month name. Anything else fails there after some work.
    const Item &it = m_items[j];
    const Token &t = m_in.tokens[it.token];
    // "a", "un" count one only before a unit ("in a year"), as other number words do.
    if (t.kind == TokenKind::Number || (it.roles & dateCoreRoles & ~RoleIndefinite))
        return true;
    const QChar *text = m_in.text.constData();
    if (isDigit(text[t.end - 1])) // "FY2025"
        return true;
    if (t.kind != TokenKind::Word)
        return false;
    return it.unitAhead || it.monthAhead || isDigit(text[t.start]) || (t.length() == 2 && isDigit(text[t.start + 1]));
}

bool DateScanner::numberMayBeCore(qsizetype j) const
{
    const Item &it = m_items[j];
    const Token &t = m_in.tokens[it.token];
    if (t.kind != TokenKind::Number)
        return true;
    const qsizetype length = t.length();
    if (it.unitNear || it.monthNear || length == 4) // quarter, dayMonth, duration; yearFirst
        return true;
    const QChar *text = m_in.text.constData();
    if (text[t.start].isLetter() && (length == 2 || length > 4)) // "Q3"; "FY2025", "Dec31"
        return true;
    // numeric(): one to four digits, then a separator and something after it.
    qsizetype sep = t.start;
    while (sep < m_in.text.size() && sep - t.start <= 4 && isDigit(text[sep]))
        ++sep;
    return sep != t.start && sep - t.start <= 4 && sep + 1 < m_in.text.size()
        && (text[sep] == u'.' || text[sep] == u'/' || text[sep] == u'-');
}

bool DateScanner::sentenceStart(qsizetype next) const
{
    if (next == 0)
        return true;
    const Token &prev = m_in.tokens[m_items[next - 1].token];
    const QChar c = m_in.text[prev.start];
    return prev.kind == TokenKind::Punct && (c == u'.' || c == u'!' || c == u'?' || c == u':');
}

} // namespace dealdesk
