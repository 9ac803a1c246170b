#include "core/chart/chartwords.h"

#include "core/extract/tsvtable.h"

#include <QFile>
#include <QLocale>

#include <unicode/listformatter.h>
#include <unicode/plurrule.h>

namespace dealdesk {
namespace {

const QString fileName = QStringLiteral("chart_text");

std::optional<TsvTable> loadLanguage(const QString &language)
{
    const QString path = lexiconPath(language, fileName);
    if (!QFile::exists(path))
        return std::nullopt; // a language without chart words: English
    QString error;
    auto table = TsvTable::load(path, &error);
    if (!table)
        qWarning().noquote() << error;
    return table;
}

QString fill(QString text, const QStringList &args)
{
    // One pass over the template: an argument holding "%2" is not filled again.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args[n - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

} // namespace

struct ChartWords::Icu
{
    std::unique_ptr<icu::PluralRules> plural;
    std::unique_ptr<icu::ListFormatter> list;
};

QString ChartWords::languageOf(const QString &locale)
{
    const QString language = locale.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

ChartWords::ChartWords(const QString &locale)
    : m_icu(std::make_unique<Icu>()), m_locale(locale), m_language(languageOf(locale))
{
    if (const auto english = loadLanguage(QStringLiteral("en")))
        load(*english, m_english);
    if (m_language != u"en") {
        if (const auto own = loadLanguage(m_language))
            load(*own, m_own);
    } else {
        m_own = m_english;
    }
    setUpIcu();
}

ChartWords::ChartWords(const QString &locale, const TsvTable &own, const TsvTable &english)
    : m_icu(std::make_unique<Icu>()), m_locale(locale), m_language(languageOf(locale))
{
    load(english, m_english);
    load(own, m_own);
    setUpIcu();
}

ChartWords::~ChartWords() = default;

void ChartWords::load(const TsvTable &table, QHash<QString, QString> &into)
{
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QString key = table.value(r, QStringLiteral("key"));
        if (!key.isEmpty())
            into.insert(key, table.value(r, QStringLiteral("text")));
    }
}

void ChartWords::setUpIcu()
{
    const icu::Locale locale(m_locale.toLatin1().replace('-', '_').constData());
    UErrorCode status = U_ZERO_ERROR;
    m_icu->plural.reset(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status))
        m_icu->plural.reset();
    status = U_ZERO_ERROR;
    m_icu->list.reset(icu::ListFormatter::createInstance(locale, status));
    if (U_FAILURE(status))
        m_icu->list.reset();
}

bool ChartWords::hasOwn(const QString &key) const
{
    return m_own.contains(key) || m_own.contains(key + u".other"_qs);
}

QString ChartWords::text(const QString &key, const QStringList &args) const
{
    if (const auto own = m_own.constFind(key); own != m_own.cend())
        return fill(*own, args);
    return fill(m_english.value(key, key), args);
}

QString ChartWords::count(const QString &key, qint64 n, const QStringList &args) const
{
    QString category = QStringLiteral("other");
    if (m_icu->plural)
        category = fromIcu(m_icu->plural->select(int32_t(n)));
    // The language's form for the category, its "other", then English's by English rules.
    QString text;
    if (const auto it = m_own.constFind(key + u'.' + category); it != m_own.cend())
        text = *it;
    else if (const auto other = m_own.constFind(key + u".other"_qs); other != m_own.cend())
        text = *other;
    else
        text = m_english.value(key + (n == 1 ? u".one"_qs : u".other"_qs), key);
    return fill(text, QStringList{QLocale(m_locale).toString(n)} + args);
}

QString ChartWords::list(const QStringList &items) const
{
    if (items.size() <= 1)
        return items.value(0);
    if (!m_icu->list) {
        return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
               + items.last();
    }
    std::vector<icu::UnicodeString> parts;
    parts.reserve(size_t(items.size()));
    for (const QString &item : items)
        parts.push_back(toIcu(item));
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    m_icu->list->format(parts.data(), int32_t(parts.size()), out, status);
    return U_SUCCESS(status) ? fromIcu(out) : items.join(QStringLiteral(", "));
}

QString ChartWords::number(double value, int precision) const
{
    return QLocale(m_locale).toString(value, 'g', precision);
}

} // namespace dealdesk
