#include "core/extract/entities/gazetteer.h"

#include "core/extract/entities/textfold.h"
#include "core/extract/tsvtable.h"
#include "core/text/tokenizer.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

namespace dealdesk {
namespace {

quint64 sequenceKey(const QList<quint64> &keys)
{
    quint64 k = 0x51ed270b27a3c1d5ULL;
    for (quint64 w : keys)
        k = combineKeys(k, w);
    return k;
}

bool isAllCaps(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

QChar firstLetter(QStringView word)
{
    for (QChar c : word) {
        if (c.isLetter())
            return c;
    }
    return {};
}

// firstLetter(word).isUpper(), settled by the first unit when it is an ASCII letter (most
// words): asked of every word a known name may cover.
bool startsWithCapital(QStringView word)
{
    const char16_t c = word.isEmpty() ? 0 : word.front().unicode();
    if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
        return c <= u'Z';
    return firstLetter(word).isUpper();
}

QString withoutParenthesis(const QString &name)
{
    const qsizetype paren = name.indexOf(u'(');
    return (paren > 0 ? name.left(paren) : name).trimmed();
}

} // namespace

void Gazetteer::add(const QString &canonical, EntityType type, const QStringList &aliases)
{
    const int entryIndex = int(m_entries.size());
    m_entries.append({canonical, type});
    QStringList all{canonical};
    all += aliases;
    all.removeDuplicates();
    const TextFold &fold = TextFold::instance();
    for (const QString &alias : std::as_const(all)) {
        const QString trimmed = alias.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QList<quint64> keys = PhraseTrie::phraseKeys(trimmed);
        if (keys.isEmpty())
            continue;
        const quint64 seq = sequenceKey(keys);
        Alias a;
        a.entry = entryIndex;
        for (const Token &t : tokenize(trimmed)) {
            if (t.kind == TokenKind::Space)
                continue;
            a.words.append(t.in(trimmed).toString());
            const QStringView word = t.in(trimmed);
            a.shapes.append(quint8((firstLetter(word).isUpper() ? NeedsCapital : 0)
                                   | (isAllCaps(word) ? NeedsAllCaps : 0)));
        }
        a.accented = fold.hasAccent(trimmed);
        if (m_taken.contains(seq)) {
            // Same key again: only another spelling of the same entry is kept (its case or
            // accents may differ); a second owner would make the name ambiguous.
            bool sameEntry = false;
            for (const Alias &other : std::as_const(m_aliases)) {
                if (other.entry == entryIndex && PhraseTrie::phraseKeys(other.words.join(u' ')) == keys)
                    sameEntry = true;
            }
            if (!sameEntry)
                continue;
        }
        m_taken.insert(seq);
        if (!(a.shapes.front() & NeedsCapital))
            m_smallStarts.set(size_t(keys.front() & 0xFFFF));
        m_trie.add(keys, int(m_aliases.size()));
        m_aliases.append(std::move(a));
    }
}

void Gazetteer::load(const QString &path, QStringList *errors)
{
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString canonical = table->value(r, QStringLiteral("canonical"));
        const auto type = entityTypeFromString(table->value(r, QStringLiteral("type")));
        if (canonical.isEmpty() || !type) {
            if (errors)
                *errors << QStringLiteral("%1:%2: a row needs a canonical name and a type (ORG, PERSON, PLACE, "
                                          "PRODUCT, PROJECT)")
                               .arg(path)
                               .arg(table->lineNumber(r));
            continue;
        }
        const QString aliases = table->value(r, QStringLiteral("aliases"));
        add(canonical, *type, aliases.isEmpty() ? QStringList() : aliases.split(u'|'));
    }
}

void Gazetteer::addTerritories(const QStringList &languages, const QSet<QString> &excluded)
{
    const icu::Locale english("en");
    for (const char *const *code = uloc_getISOCountries(); code && *code; ++code) {
        const icu::Locale territory("", *code);
        icu::UnicodeString name;
        territory.getDisplayCountry(english, name);
        const QString canonical =
            withoutParenthesis(QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length()));
        // ICU answers the code itself when it has no name.
        if (canonical.isEmpty() || canonical == QLatin1String(*code) || excluded.contains(canonical))
            continue;
        QStringList aliases;
        for (const QString &lang : languages) {
            icu::UnicodeString local;
            territory.getDisplayCountry(icu::Locale(lang.toLatin1().constData()), local);
            const QString alias =
                withoutParenthesis(QString(reinterpret_cast<const QChar *>(local.getBuffer()), local.length()));
            if (!alias.isEmpty() && !excluded.contains(alias) && !aliases.contains(alias))
                aliases << alias;
        }
        add(canonical, EntityType::Place, aliases);
    }
}

void Gazetteer::addLearned(const QList<LearnedName> &names)
{
    for (const LearnedName &n : names) {
        if (!n.canonical.trimmed().isEmpty())
            add(n.canonical.trimmed(), n.type, n.aliases);
    }
}

bool Gazetteer::fits(const Alias &alias, QStringView text, const QList<Token> &tokens, qsizetype first,
                     qsizetype end) const
{
    const TextFold &fold = TextFold::instance();
    qsizetype w = 0;
    for (qsizetype i = first; i < end; ++i) {
        if (tokens[i].kind == TokenKind::Space)
            continue;
        if (w >= alias.words.size())
            return false;
        const QStringView word = tokens[i].in(text);
        const quint8 want = alias.shapes[w++];
        if ((want & NeedsCapital) && !startsWithCapital(word))
            return false;
        if ((want & NeedsAllCaps) && !isAllCaps(word))
            return false;
        if (!alias.accented && fold.hasAccent(word))
            return false;
    }
    return w == alias.words.size();
}

std::optional<GazetteerHit> Gazetteer::match(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                                             qsizetype first) const
{
    const PhraseMatches found = matchesAt(m_trie, keys, first);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        for (int aliasIndex : *it->payloads) {
            const Alias &alias = m_aliases[aliasIndex];
            if (fits(alias, text, tokens, it->first, it->end))
                return GazetteerHit{it->first, it->end, alias.entry};
        }
    }
    return std::nullopt;
}

} // namespace dealdesk
