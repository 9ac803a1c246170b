#include "core/exchange/bratnotes.h"

#include <QStringList>

#include <optional>

namespace dealdesk {
namespace {

QString escaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\': out += u"\\\\"_qs; break;
        case u';': out += u"\\;"_qs; break;
        case u'\t': out += u"\\t"_qs; break;
        case u'\n': out += u"\\n"_qs; break;
        case u'\r': out += u"\\r"_qs; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

QString encodeNoteFields(const NoteFields &fields)
{
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts << key + u'=' + escaped(value);
    return parts.join(u"; "_qs);
}

std::optional<NoteFields> decodeNoteFields(const QString &text, const QStringList &knownKeys)
{
    // Split on unescaped ';' and unescape in one pass; a segment must be "key=value".
    QStringList segments{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text[++i];
            segments.last() += n == u't' ? QChar(u'\t') : n == u'n' ? QChar(u'\n') : n == u'r' ? QChar(u'\r') : n;
            continue;
        }
        if (c == u';') {
            segments << QString();
            continue;
        }
        // The key part is matched below without escapes; a value that starts right after
        // "; " keeps no leading space because the writer never puts one there.
        segments.last() += c;
    }
    NoteFields fields;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString s = segments[i];
        if (i > 0 && s.startsWith(u' '))
            s.remove(0, 1);
        const qsizetype eq = s.indexOf(u'=');
        if (eq <= 0 || !knownKeys.contains(s.left(eq)))
            return std::nullopt;
        fields.append({s.left(eq), s.mid(eq + 1)});
    }
    return fields;
}

QString noteField(const NoteFields &fields, const QString &key)
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

bool hasNoteField(const NoteFields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return true;
    }
    return false;
}

} // namespace dealdesk
