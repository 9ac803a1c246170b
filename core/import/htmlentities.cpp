#include "core/import/htmlentities.h"

#include "core/extract/tsvtable.h"

#include <QHash>

namespace dealdesk {
namespace {

constexpr qsizetype kMaxNameLength = 10;

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        if (const auto tsv = TsvTable::load(QStringLiteral(":/lexicon/common/htmlentities.tsv"))) {
            for (qsizetype r = 0; r < tsv->rowCount(); ++r) {
                bool ok = false;
                const uint cp = tsv->value(r, QStringLiteral("codepoint")).toUInt(&ok, 16);
                if (ok)
                    t.insert(tsv->value(r, QStringLiteral("name")), char32_t(cp));
            }
        }
        return t;
    }();
    return table;
}

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void appendCodePoint(QString &out, char32_t cp)
{
    // NUL, surrogates and out-of-range values become U+FFFD, as browsers do.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out.append(QChar::fromUcs4(cp));
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    const auto &table = entityTable();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out.append(text[i]);
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text[j] == u'#') {
            const bool hex = j + 1 < text.size() && (text[j + 1] == u'x' || text[j + 1] == u'X');
            qsizetype k = j + (hex ? 2 : 1);
            const qsizetype digitsStart = k;
            while (k < text.size() && k - digitsStart < 8
                   && (hex ? isHexDigit(text[k]) : text[k].isDigit()))
                ++k;
            if (k > digitsStart) {
                bool ok = false;
                const uint cp = text.sliced(digitsStart, k - digitsStart).toUInt(&ok, hex ? 16 : 10);
                appendCodePoint(out, ok ? char32_t(cp) : char32_t(0xFFFD));
                i = (k < text.size() && text[k] == u';') ? k : k - 1;
                continue;
            }
        } else {
            qsizetype k = j;
            while (k < text.size() && k - j <= kMaxNameLength && text[k].isLetterOrNumber() && text[k].unicode() < 0x80)
                ++k;
            const auto it = table.constFind(text.sliced(j, k - j).toString());
            // Without its ';' a name counts only when no letter follows ("&amp" yes, "&copyright" no).
            if (k > j && it != table.constEnd()) {
                appendCodePoint(out, it.value());
                i = (k < text.size() && text[k] == u';') ? k : k - 1;
                continue;
            }
        }
        out.append(u'&');
    }
    return out;
}

} // namespace dealdesk
