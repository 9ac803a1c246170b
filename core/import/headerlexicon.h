#pragma once
// The words header lines are read with, for every lexicon language at once (a byline's
// language is not known before the article's is): month and weekday names from ICU's
// DateFormatSymbols (wide and abbreviated, format and stand-alone, with and without the
// abbreviation's dot) and the marker phrases of resources/lexicon/<lang>/header.tsv.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dealdesk {

class HeaderLexicon
{
public:
    enum class Role : quint8 { Author, Date, Time, TimeSuffix, Joiner, Source };

    HeaderLexicon();
    [[nodiscard]] static const HeaderLexicon &shared();

    // 1..12, or 0 when `word` is no month name ("marzo", "Mar", "févr", "Sept").
    [[nodiscard]] int month(QStringView word) const;
    [[nodiscard]] bool isWeekday(QStringView word) const;
    // Marker phrases of `role` as lower-case word lists, longest first.
    [[nodiscard]] const QList<QStringList> &phrases(Role role) const;
    [[nodiscard]] const QStringList &loadErrors() const { return m_errors; }

private:
    void loadIcuNames(const QString &language);
    void loadPhrases(const QString &language);

    QHash<QString, int> m_months;
    QHash<QString, bool> m_weekdays;
    QHash<int, QList<QStringList>> m_phrases;
    QStringList m_errors;
};

// Lower-case, without a trailing dot: the form names are looked up in.
[[nodiscard]] QString headerKey(QStringView word);

} // namespace dealdesk
