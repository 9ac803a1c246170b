#include "core/import/machinedate.h"

#include "core/import/headerdate.h"
#include "core/import/headerlexicon.h"
#include "core/import/headertokens.h"

#include <QDate>
#include <QDateTime>

namespace dealdesk {
namespace {

bool digitsAt(QStringView s, qsizetype from, qsizetype count)
{
    if (from + count > s.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i)
        if (!s[i].isDigit())
            return false;
    return true;
}

// The longest ISO prefix of `s`: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM.
QString isoPrefix(QStringView s)
{
    if (!digitsAt(s, 0, 4) || (s.size() > 4 && s[4].isDigit()))
        return {};
    if (s.size() < 7 || s[4] != u'-' || !digitsAt(s, 5, 2))
        return s.size() == 4 ? s.toString() : QString();
    if (s.size() < 10 || s[7] != u'-' || !digitsAt(s, 8, 2))
        return s.sliced(0, 7).toString();
    if (!QDate::fromString(s.sliced(0, 10), Qt::ISODate).isValid())
        return {};
    if (s.size() >= 16 && (s[10] == u'T' || s[10] == u' ') && digitsAt(s, 11, 2) && s[13] == u':'
        && digitsAt(s, 14, 2))
        return s.sliced(0, 10).toString() + u'T' + s.sliced(11, 5).toString();
    return s.sliced(0, 10).toString();
}

} // namespace

QString isoFromMachineDate(const QString &value)
{
    QString s = value.trimmed();
    // citation_date writes "2025/02/12".
    if (s.size() >= 7 && digitsAt(s, 0, 4) && s[4] == u'/')
        s.replace(u'/', u'-');
    if (s.isEmpty())
        return {};
    if (QString iso = isoPrefix(s); !iso.isEmpty())
        return iso;
    const QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    const QList<HeaderToken> tokens = headerTokens(s);
    if (const auto date = findHeaderDate(s, tokens, HeaderLexicon::shared()))
        return date->iso;
    return {};
}

} // namespace dealdesk
