#include "core/extract/dates/datelexicon.h"

#include "core/extract/entities/textfold.h"
#include "core/extract/tsvtable.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace dealdesk {
namespace {

struct RoleName
{
    const char16_t *name;
    quint32 roles;
};

constexpr std::array<RoleName, 20> roleNames{{
    {u"prep", RolePrep},
    {u"future", RolePrep | RoleFuture},
    {u"article", RoleArticle},
    {u"of", RoleOf},
    {u"position", RolePosition},
    {u"mod", RoleMod},
    {u"ordinal", RoleOrdinal},
    {u"relday", RoleRelDay},
    {u"unit", RoleUnit},
    {u"ago-before", RoleAgoBefore},
    {u"ago-after", RoleAgoAfter},
    {u"fiscal", RoleFiscal},
    {u"filler", RoleFiller},
    {u"day-suffix", RoleDaySuffix},
    {u"quarter-letter", RoleQuarterLetter},
    {u"indefinite", RoleIndefinite},
    {u"shift-after", RoleShiftAfter},
    {u"relunit", RoleRelUnit},
    {u"link", RoleLink},
    {u"range", RoleRange},
}};

quint32 roleOf(QStringView name)
{
    for (const RoleName &r : roleNames) {
        if (name == QStringView(r.name))
            return r.roles;
    }
    return 0;
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// Folds a phrase: lower case, plain apostrophes, inner white space as one space.
QString foldPhrase(const QString &text)
{
    QString folded;
    DateLexicon::fold(text.simplified(), folded);
    return folded;
}

} // namespace

void DateLexicon::fold(QStringView text, QString &out)
{
    out.resize(text.size());
    QChar *dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) // most letters of the five languages: no table look-up
            dst[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        else
            dst[i] = (c == u'\u2019' || c == u'\u02bc') ? QChar(u'\'') : text[i].toLower();
    }
}

DateLexicon::DateLexicon(const QString &language, QStringList *errors)
{
    addIcuNames(language);
    loadWords(language, errors);
    loadTenseCues(language, errors);
    buildKeyTables();
}

quint64 DateLexicon::keyOf(QStringView raw)
{
    return TextFold::instance().key(raw);
}

namespace {

// A power of two at least four times `count`: probes stay short and a miss ends at once.
quint32 tableSize(qsizetype count)
{
    quint32 size = 16;
    while (size < quint32(count) * 4)
        size *= 2;
    return size;
}

} // namespace

void DateLexicon::buildKeyTables()
{
    // TextFold maps ’ and ʼ to the plain apostrophe, as fold() does, so one key serves both.
    m_keySlots = QList<KeySlot>(tableSize(m_words.size()));
    m_keyMask = quint32(m_keySlots.size() - 1);
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const quint64 key = keyOf(it.key());
        quint32 s = quint32(key) & m_keyMask;
        while (m_keySlots[s].word)
            s = (s + 1) & m_keyMask;
        m_keySlots[s] = {key, &it.value(), &it.key()};
        const quint32 bit = keyFilterBit(key);
        m_keyFilter[bit >> 6] |= quint64(1) << (bit & 63);
    }
    m_endingsByLast = QList<QList<qsizetype>>(endingBuckets);
    for (qsizetype i = 0; i < m_tenseEndings.size(); ++i) {
        const QString &ending = m_tenseEndings[i].first;
        for (char16_t b = 0; b < endingBuckets; ++b) {
            if (ending.isEmpty() || (ending.back().unicode() % endingBuckets) == b)
                m_endingsByLast[b].append(i);
        }
    }
    m_tenseSlots = QList<TenseSlot>(tableSize(m_tenseWords.size()));
    m_tenseMask = quint32(m_tenseSlots.size() - 1);
    for (auto it = m_tenseWords.cbegin(); it != m_tenseWords.cend(); ++it) {
        const quint64 key = keyOf(it.key());
        quint32 s = quint32(key) & m_tenseMask;
        while (m_tenseSlots[s].folded)
            s = (s + 1) & m_tenseMask;
        m_tenseSlots[s] = {key, it.value(), &it.key()};
    }
}

DateWord &DateLexicon::entry(const QString &folded)
{
    const qsizetype spaces = folded.count(u' ');
    if (spaces == 0 && !folded.chopped(1).contains(u'\'') && !folded.contains(u'-'))
        return m_words[folded];
    // A phrase: its first word is marked so the reader knows to look further.
    qsizetype cut = 0;
    while (cut < folded.size() && folded[cut] != u' ' && folded[cut] != u'-'
           && !(folded[cut] == u'\'' && cut + 1 < folded.size()))
        ++cut;
    if (cut < folded.size() && folded[cut] == u'\'')
        ++cut;
    m_words[folded.left(cut)].phraseStart = true;
    for (qsizetype from = cut, i = cut; i <= folded.size(); ++i) {
        const bool boundary = i == folded.size() || folded[i] == u' ' || folded[i] == u'-'
                              || (i > from && folded[i - 1] == u'\'');
        if (!boundary)
            continue;
        if (i > from)
            m_words[folded.sliced(from, i - from)].phrasePart = true;
        from = (i < folded.size() && (folded[i] == u' ' || folded[i] == u'-')) ? i + 1 : i;
    }
    // Words as the tokenizer cuts them: "d'ici" is two, "il y a" three, "avant-hier" three.
    int count = 1;
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        if (folded[i] == u' ' || folded[i] == u'\'')
            ++count;
        else if (folded[i] == u'-')
            count += 2;
    }
    m_longestPhrase = std::max(m_longestPhrase, count);
    return m_phrases[folded];
}

void DateLexicon::addIcuNames(const QString &language)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(language.toLatin1().constData()), status);
    if (U_FAILURE(status))
        return;
    using Dfs = icu::DateFormatSymbols;
    for (const auto context : {Dfs::FORMAT, Dfs::STANDALONE}) {
        for (const auto width : {Dfs::WIDE, Dfs::ABBREVIATED}) {
            const bool wide = width == Dfs::WIDE;
            int32_t count = 0;
            const icu::UnicodeString *months = symbols.getMonths(count, context, width);
            for (int32_t i = 0; i < count && i < 12; ++i) {
                QString name = fromIcu(months[i]);
                if (name.endsWith(u'.'))
                    name.chop(1); // "janv.": the tokenizer leaves the dot apart
                if (name.isEmpty())
                    continue;
                DateWord &w = entry(foldPhrase(name));
                w.roles |= wide ? RoleMonth : RoleMonthAbbr;
                w.month = static_cast<qint8>(i + 1);
                w.capitalised = name.front().isUpper();
            }
            const icu::UnicodeString *days = symbols.getWeekdays(count, context, width);
            // ICU counts from index 1 = Sunday; Qt from 1 = Monday to 7 = Sunday.
            for (int32_t i = 1; i < count && i <= 7; ++i) {
                QString name = fromIcu(days[i]);
                if (name.endsWith(u'.'))
                    name.chop(1);
                if (name.isEmpty())
                    continue;
                DateWord &w = entry(foldPhrase(name));
                w.roles |= wide ? RoleWeekday : RoleWeekdayAbbr;
                w.weekday = static_cast<qint8>((i + 5) % 7 + 1);
                w.capitalised = name.front().isUpper();
            }
        }
    }
}

void DateLexicon::loadWords(const QString &language, QStringList *errors)
{
    QString error;
    const auto table = TsvTable::load(lexiconPath(language, QStringLiteral("dates")), &error);
    if (!table) {
        if (errors)
            *errors << error;
        return;
    }
    const QString phraseCol = QStringLiteral("phrase");
    const QString roleCol = QStringLiteral("role");
    const QString valueCol = QStringLiteral("value");
    const QString flagsCol = QStringLiteral("flags");
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString phrase = foldPhrase(table->value(r, phraseCol));
        const QString roleName = table->value(r, roleCol);
        const QString value = table->value(r, valueCol);
        const quint32 roles = roleOf(roleName);
        const auto complain = [&](const QString &why) {
            if (errors)
                *errors << QStringLiteral("%1:%2: %3").arg(lexiconPath(language, QStringLiteral("dates")))
                               .arg(table->lineNumber(r)).arg(why);
        };
        if (phrase.isEmpty() || roles == 0) {
            complain(QStringLiteral("unknown role \"%1\" or empty phrase").arg(roleName));
            continue;
        }
        DateWord &w = entry(phrase);
        w.roles |= roles;
        bool ok = true;
        if (roles & RoleMod)
            w.mod = static_cast<qint8>(value.toInt(&ok));
        else if (roles & RoleOrdinal)
            w.ordinal = static_cast<qint8>(value.toInt(&ok));
        else if (roles & RoleRelDay)
            w.relDay = static_cast<qint8>(value.toInt(&ok));
        else if (roles & RoleUnit) {
            ok = value.size() == 1 && QStringLiteral("YQMWD").contains(value);
            if (ok)
                w.unit = value.front().unicode();
        } else if (roles & RoleRelUnit) {
            // "Y-1", "Y0", "M+1": the unit, then its offset from the article's date
            ok = value.size() >= 2 && QStringLiteral("YQM").contains(value.front());
            if (ok) {
                w.unit = value.front().unicode();
                w.mod = static_cast<qint8>(value.mid(1).toInt(&ok));
            }
        }
        if (!ok)
            complain(QStringLiteral("bad value \"%1\" for role %2").arg(value, roleName));
        const QString flags = table->value(r, flagsCol);
        w.lowerOnly = w.lowerOnly || flags.contains(QLatin1String("lower"));
        w.noArticle = w.noArticle || flags.contains(QLatin1String("no-article"));
        w.plural = w.plural || flags.contains(QLatin1String("plural"));
    }
}

void DateLexicon::loadTenseCues(const QString &language, QStringList *errors)
{
    QString error;
    const auto table = TsvTable::load(lexiconPath(language, QStringLiteral("dates-tense")), &error);
    if (!table) {
        if (errors)
            *errors << error;
        return;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString cue = foldPhrase(table->value(r, QStringLiteral("cue")));
        const QString t = table->value(r, QStringLiteral("tense"));
        const Tense tense = t == QLatin1String("future") ? Tense::Future
                            : t == QLatin1String("past") ? Tense::Past
                                                         : Tense::Unknown;
        if (cue.isEmpty() || tense == Tense::Unknown) {
            if (errors)
                *errors << QStringLiteral("%1:%2: bad cue row")
                               .arg(lexiconPath(language, QStringLiteral("dates-tense")))
                               .arg(table->lineNumber(r));
            continue;
        }
        // "*rà": an ending, for the regular future and past-participle forms.
        if (cue.startsWith(u'*')) {
            const QString ending = cue.mid(1);
            m_tenseEndings.append({ending, tense});
            m_shortestEnding = std::min(m_shortestEnding, ending.size());
            if (ending.isEmpty()) { // every word of three letters or more
                std::fill(std::begin(m_endingFilter), std::end(m_endingFilter), ~quint64(0));
            } else {
                const quint32 last = ending.back().unicode() & (filterBits - 1);
                m_endingFilter[last >> 6] |= quint64(1) << (last & 63);
            }
        } else {
            m_tenseWords.insert(cue, tense);
            const quint32 slot = tenseSlot(cue.front().unicode(), cue.back().unicode(), cue.size());
            m_tenseFilter[slot >> 6] |= quint64(1) << (slot & 63);
        }
    }
}

const DateWord *DateLexicon::word(QStringView raw) const
{
    return raw.isEmpty() ? nullptr : word(keyOf(raw), raw);
}

const DateWord *DateLexicon::phrase(const QString &folded) const
{
    auto it = m_phrases.constFind(folded);
    return it != m_phrases.cend() ? &*it : nullptr;
}

Tense DateLexicon::tenseCue(quint64 key, QStringView raw) const
{
    for (quint32 s = quint32(key) & m_tenseMask;; s = (s + 1) & m_tenseMask) {
        const TenseSlot &slot = m_tenseSlots[s];
        if (!slot.folded)
            break;
        if (slot.key == key && sameFolded(raw, *slot.folded))
            return slot.tense;
    }
    if (raw.isEmpty())
        return Tense::Unknown;
    const char16_t last = lower(raw.back());
    if (m_endingsByLast.isEmpty())
        return Tense::Unknown; // a default-made lexicon has no endings
    for (const qsizetype i : m_endingsByLast[last % endingBuckets]) {
        const auto &[ending, tense] = m_tenseEndings[i];
        // A stem of three letters at least: "sarà" is future, "là" is not. The last letter
        // first: it tells most endings apart at once.
        if (raw.size() >= ending.size() + 3 && (ending.isEmpty() || ending.back().unicode() == last)
            && sameFolded(raw.last(ending.size()), ending))
            return tense;
    }
    return Tense::Unknown;
}

} // namespace dealdesk
