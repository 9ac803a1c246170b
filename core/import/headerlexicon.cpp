#include "core/import/headerlexicon.h"

#include "core/extract/tsvtable.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <optional>

namespace dealdesk {
namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

std::optional<HeaderLexicon::Role> roleFromName(const QString &name)
{
    using Role = HeaderLexicon::Role;
    if (name == u"author")
        return Role::Author;
    if (name == u"date")
        return Role::Date;
    if (name == u"time")
        return Role::Time;
    if (name == u"timesuffix")
        return Role::TimeSuffix;
    if (name == u"joiner")
        return Role::Joiner;
    if (name == u"source")
        return Role::Source;
    return std::nullopt;
}

} // namespace

QString headerKey(QStringView word)
{
    QString key = word.toString().toLower();
    while (key.endsWith(u'.'))
        key.chop(1);
    return key;
}

HeaderLexicon::HeaderLexicon()
{
    for (const QString &language : lexiconLanguages()) {
        loadIcuNames(language);
        loadPhrases(language);
    }
    for (auto &list : m_phrases)
        std::stable_sort(list.begin(), list.end(),
                         [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
}

const HeaderLexicon &HeaderLexicon::shared()
{
    static const HeaderLexicon lexicon;
    return lexicon;
}

void HeaderLexicon::loadIcuNames(const QString &language)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.toLatin1().constData());
    const icu::DateFormatSymbols symbols(locale, status);
    if (U_FAILURE(status)) {
        m_errors.append(QStringLiteral("ICU has no date symbols for %1").arg(language));
        return;
    }
    using Symbols = icu::DateFormatSymbols;
    for (const auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
        for (const auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
            int32_t count = 0;
            const icu::UnicodeString *months = symbols.getMonths(count, context, width);
            for (int32_t m = 0; m < count && m < 12; ++m) {
                const QString key = headerKey(fromIcu(months[m]));
                if (!key.isEmpty() && !m_months.contains(key))
                    m_months.insert(key, m + 1);
            }
            const icu::UnicodeString *days = symbols.getWeekdays(count, context, width);
            for (int32_t d = 1; d < count; ++d) { // ICU's index 0 is empty
                const QString key = headerKey(fromIcu(days[d]));
                if (!key.isEmpty())
                    m_weekdays.insert(key, true);
            }
        }
    }
}

void HeaderLexicon::loadPhrases(const QString &language)
{
    QString error;
    const auto table = TsvTable::load(lexiconPath(language, QStringLiteral("header")), &error);
    if (!table) {
        m_errors.append(error);
        return;
    }
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const auto role = roleFromName(table->value(r, QStringLiteral("role")));
        const QStringList words = table->value(r, QStringLiteral("phrase")).toLower().split(u' ', Qt::SkipEmptyParts);
        if (!role || words.isEmpty()) {
            m_errors.append(QStringLiteral("%1:%2: bad header phrase row")
                                .arg(lexiconPath(language, QStringLiteral("header")))
                                .arg(table->lineNumber(r)));
            continue;
        }
        QList<QStringList> &list = m_phrases[int(*role)];
        if (!list.contains(words))
            list.append(words);
    }
}

int HeaderLexicon::month(QStringView word) const
{
    return m_months.value(headerKey(word), 0);
}

bool HeaderLexicon::isWeekday(QStringView word) const
{
    return m_weekdays.contains(headerKey(word));
}

const QList<QStringList> &HeaderLexicon::phrases(Role role) const
{
    static const QList<QStringList> none;
    const auto it = m_phrases.constFind(int(role));
    return it == m_phrases.constEnd() ? none : it.value();
}

} // namespace dealdesk
