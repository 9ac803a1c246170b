#include "core/extract/dates/datereader.h"

#include "core/extract/dates/datecalendar.h"
#include "core/extract/dates/datescanner.h"
#include "core/extract/extractioninput.h"
#include "core/extract/numbers/numberreader.h"

#include <memory>

#include <algorithm>

namespace dealdesk {
namespace {

namespace cal = datecalendar;

// How far around a mention the tense cues are looked for, in UTF-16 units: enough for its
// clause, and a bound that keeps one huge sentence linear.
constexpr qsizetype tenseWindow = 240;

// The tense of the verbs nearest to [start, end) in its sentence, Past when none says.
Tense tenseAround(const ExtractionInput &in, const DateLexicon &lexicon, qsizetype start, qsizetype end)
{
    qsizetype lo = std::max<qsizetype>(0, start - tenseWindow);
    qsizetype hi = std::min<qsizetype>(in.text.size(), end + tenseWindow);
    const qsizetype s = in.sentenceAt(start);
    if (s >= 0) {
        lo = std::max(lo, in.sentences[s].start);
        hi = std::min(hi, std::max(in.sentences[s].end, end));
    }
    auto it = std::lower_bound(in.tokens.cbegin(), in.tokens.cend(), lo,
                               [](const Token &t, qsizetype pos) { return t.start < pos; });
    Tense best = Tense::Unknown;
    qsizetype bestDistance = hi - lo + 1;
    const bool haveKeys = in.tokenKeys.size() == in.tokens.size();
    for (; it != in.tokens.cend() && it->start < hi; ++it) {
        if (it->kind != TokenKind::Word || it->length() > 24 || (it->start >= start && it->end <= end)
            || !lexicon.mayBeTenseCue(it->in(in.text)))
            continue;
        const QStringView word = it->in(in.text);
        const quint64 key = haveKeys ? in.tokenKeys[it - in.tokens.cbegin()] : DateLexicon::keyOf(word);
        const Tense t = lexicon.tenseCue(key, word);
        if (t == Tense::Unknown)
            continue;
        const qsizetype distance = it->end <= start ? start - it->end : it->start - end;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = t;
        }
    }
    return best == Tense::Unknown ? Tense::Past : best;
}

struct Resolved
{
    QString value;
    DateGrain grain = DateGrain::Year;
};

// `tense()` gives the tense around the mention, asked only where the value depends on it: a
// template, so the closure is neither copied nor allocated as a std::function would be.
template <typename TenseOf>
std::optional<Resolved> resolve(const DateParse &d, QDate ref, const TenseOf &tense)
{
    const bool haveRef = ref.isValid();
    switch (d.kind) {
    case DateParse::Kind::Year:
        return Resolved{cal::yearValue(d.year), DateGrain::Year};
    case DateParse::Kind::Month: {
        int year = d.year;
        if (year == 0) {
            if (!haveRef)
                return std::nullopt;
            year = d.yearOffset ? ref.year() + *d.yearOffset
                   : d.mod      ? cal::yearOfModMonth(d.month, ref, *d.mod)
                                : cal::yearOfMonth(d.month, ref, tense());
        }
        return Resolved{cal::monthValue(year, d.month), DateGrain::Month};
    }
    case DateParse::Kind::Day: {
        int year = d.year;
        if (year == 0) {
            if (!haveRef)
                return std::nullopt;
            const Tense t = d.mod && *d.mod != 0 ? (*d.mod > 0 ? Tense::Future : Tense::Past) : tense();
            year = d.yearOffset ? ref.year() + *d.yearOffset : cal::yearOfDay(d.month, d.day, ref, t);
            // "Giovedì 3 aprile": the weekday says which year when the tense guessed wrong.
            if (d.weekday != 0 && !d.yearOffset && QDate(year, d.month, d.day).dayOfWeek() != d.weekday) {
                const int other = t == Tense::Future ? year - 1 : year + 1;
                if (QDate(other, d.month, d.day).dayOfWeek() == d.weekday)
                    year = other;
            }
            // "29/2" told in a common year: the nearest leap year the tense points to.
            if (d.month == 2 && d.day == 29 && !d.yearOffset) {
                for (int step = 0; step < 4 && !QDate::isLeapYear(year); ++step)
                    year += t == Tense::Future ? 1 : -1;
            }
        }
        const QDate day(year, d.month, d.day);
        if (!day.isValid())
            return std::nullopt;
        if (!d.time.isEmpty())
            return Resolved{cal::dayValue(day) + u'T' + d.time, DateGrain::DateTime};
        return Resolved{cal::dayValue(day), DateGrain::Day};
    }
    case DateParse::Kind::Quarter: {
        int year = d.year;
        if (year == 0) {
            if (!haveRef)
                return std::nullopt;
            year = ref.year() + d.yearOffset.value_or(0);
            // "il quarto trimestre" told in March is last year's; "Q1" planned in May, next year's.
            const int current = (ref.month() - 1) / 3 + 1;
            if (!d.yearOffset) {
                const Tense t = tense();
                if (t == Tense::Past && d.quarter > current)
                    --year;
                else if (t == Tense::Future && d.quarter < current)
                    ++year;
            }
        }
        return Resolved{cal::quarterValue(year, d.quarter), DateGrain::Quarter};
    }
    case DateParse::Kind::RelUnit: {
        if (!haveRef)
            return std::nullopt;
        const QDate at = cal::shifted(ref, d.unit, d.mod.value_or(0));
        if (d.unit == u'Y')
            return Resolved{cal::yearValue(at.year()), DateGrain::Year};
        if (d.unit == u'Q')
            return Resolved{cal::quarterValue(at.year(), (at.month() - 1) / 3 + 1), DateGrain::Quarter};
        return Resolved{cal::monthValue(at.year(), at.month()), DateGrain::Month};
    }
    case DateParse::Kind::Weekday: {
        if (!haveRef)
            return std::nullopt;
        const QDate day = d.mod ? cal::modWeekday(d.weekday, ref, *d.mod) : cal::weekday(d.weekday, ref, tense());
        return Resolved{cal::dayValue(day), DateGrain::Day};
    }
    case DateParse::Kind::RelDay:
        if (!haveRef)
            return std::nullopt;
        return Resolved{cal::dayValue(ref.addDays(d.relDay)), DateGrain::Day};
    case DateParse::Kind::Duration:
        if (d.ago) {
            // "due anni fa", "il y a deux ans": the day that far back
            if (!haveRef || d.count != double(int(d.count)))
                return std::nullopt;
            return Resolved{cal::dayValue(cal::shifted(ref, d.unit, -int(d.count))), DateGrain::Day};
        }
        return Resolved{cal::durationValue(d.count, d.unit), DateGrain::Duration};
    }
    return std::nullopt;
}

} // namespace

DateReader::DateReader(const QString &language, QStringList *errors, DateNumbers numbers)
    : m_language(language), m_lexicon(language, errors), m_numbers(std::move(numbers))
{
    if (!m_numbers.words || !m_numbers.scaleAt) {
        // The money component reports the number lexicons' problems; they are not repeated.
        auto reader = std::make_shared<const NumberReader>(language);
        if (!m_numbers.words) {
            m_numbers.words = [reader](const ExtractionInput &in, qsizetype token)
                -> std::optional<std::pair<double, qsizetype>> {
                if (!reader->mayStartAt(in, token))
                    return std::nullopt;
                const auto m = reader->readAt(in, token, false);
                if (!m || m->overflow)
                    return std::nullopt;
                return std::pair{m->value, m->endToken};
            };
        }
        if (!m_numbers.scaleAt) {
            m_numbers.scaleAt = [reader](const ExtractionInput &in, qsizetype token) {
                return reader->scaleAt(in, token).has_value();
            };
        }
    }
}

QList<DateMention> DateReader::read(const ExtractionInput &in) const
{
    QList<DateMention> out;
    const DateScanner scanner(in, m_lexicon, m_numbers, m_language == QLatin1String("en"));
    for (qsizetype k = 0; k < scanner.itemCount();) {
        if (!scanner.mayStart(k)) {
            ++k;
            continue;
        }
        const auto d = scanner.parseAt(k);
        if (!d) {
            ++k;
            continue;
        }
        const qsizetype start = scanner.startOf(d->firstItem);
        const qsizetype end = scanner.endOf(d->endItem - 1);
        const auto tense = [&] {
            return d->future ? Tense::Future : tenseAround(in, m_lexicon, start, end);
        };
        if (const auto r = resolve(*d, in.reference, tense)) {
            DateMention m;
            m.range = {start, end};
            m.text = in.text.mid(start, end - start);
            m.value = r->value;
            m.grain = r->grain;
            out.append(m);
        }
        k = std::max(d->endItem, k + 1);
    }
    return out;
}

} // namespace dealdesk
