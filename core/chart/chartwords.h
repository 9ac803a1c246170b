#pragma once
// The sentences a chart prints, in its language: templates with %1.. placeholders read from
// resources/lexicon/<lang>/chart_text.tsv (key, text), a key missing there taken from the
// English file, a language without a file wholly English. A count picks its form by ICU's
// plural rules ("deals.one", "deals.other"; any other category falls back to "other"), and
// lists are joined as the language joins them ("A, B and C", "A, B e C").

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace dealdesk {

class TsvTable;

class ChartWords
{
public:
    // `locale`: "it", "it-IT", "en_GB"...: the language is the part before '-' or '_'.
    explicit ChartWords(const QString &locale);
    // The same from given tables (tests): the language's own and the English fallback.
    ChartWords(const QString &locale, const TsvTable &own, const TsvTable &english);
    ~ChartWords();
    ChartWords(const ChartWords &) = delete;
    ChartWords &operator=(const ChartWords &) = delete;

    // The template of `key` with %1.. filled by `args`; the key itself when no file has it.
    [[nodiscard]] QString text(const QString &key, const QStringList &args = {}) const;
    // The form of `key` for the count `n` ("key.one", "key.other"): %1 is `n` as the locale
    // writes it, %2.. are `args`.
    [[nodiscard]] QString count(const QString &key, qint64 n, const QStringList &args = {}) const;
    // "A", "A and B", "A, B and C" in the language.
    [[nodiscard]] QString list(const QStringList &items) const;
    // A number as the locale writes it ("1.172" in en, "1,172" in it), `precision` significant digits.
    [[nodiscard]] QString number(double value, int precision) const;
    // Whether `key` (or, for a count, "key.other") has a template in the language's own file.
    [[nodiscard]] bool hasOwn(const QString &key) const;
    [[nodiscard]] const QString &language() const { return m_language; }

    // The language part of a locale name: "it-IT" -> "it".
    [[nodiscard]] static QString languageOf(const QString &locale);

private:
    void load(const TsvTable &table, QHash<QString, QString> &into);
    void setUpIcu();

    struct Icu;
    std::unique_ptr<Icu> m_icu;
    QString m_locale, m_language;
    QHash<QString, QString> m_own, m_english;
};

} // namespace dealdesk
