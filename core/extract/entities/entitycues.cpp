#include "core/extract/entities/entitycues.h"

#include "core/extract/entities/phrasetrie.h"
#include "core/extract/entities/textfold.h"
#include "core/extract/tsvtable.h"

#include <QHash>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

namespace dealdesk {

quint64 EntityCues::sequenceKey(const QList<quint64> &wordKeys)
{
    quint64 k = sequenceSeed();
    for (quint64 w : wordKeys)
        k = combineKeys(k, w);
    return k;
}

EntityCues::EntityCues(const QString &language, QStringList *errors)
{
    const QString common = QStringLiteral("common");
    const auto path = [](const QString &lang, const char *name) { return lexiconPath(lang, QLatin1String(name)); };
    const auto word = QStringLiteral("word");
    addPhrases(path(common, "entity_first_names"), QStringLiteral("name"), m_firstNames, errors, false);
    addPhrases(path(common, "entity_particles"), word, m_particles, errors, false);
    addCompanyCues(path(common, "entity_company_cues"), errors);
    addPhrases(path(language, "entity_first_names"), QStringLiteral("name"), m_firstNames, errors, false);
    addCompanyCues(path(language, "entity_company_cues"), errors);
    addPhrases(path(language, "entity_titles"), QStringLiteral("title"), m_titles, errors, true);
    addPhrases(path(language, "entity_demonyms"), word, m_demonyms, errors, false);
    addPhrases(path(language, "entity_stopwords"), word, m_common, errors, false);
    addCalendarWords(language);
    index();
}

void EntityCues::index()
{
    QHash<quint64, qint32> lists;
    const std::pair<const QSet<quint64> *, List> sets[] = {
        {&m_firstNames, FirstName}, {&m_titles, Title}, {&m_suffixes, Suffix}, {&m_legal, Legal},
        {&m_intros, Intro}, {&m_demonyms, Demonym}, {&m_common, Common}, {&m_particles, Particle},
        {&m_articles, Article}, {&m_heads, Head}, {&m_connectors, Connector}, {&m_joiners, Joiner},
        {&m_phraseEnds, PhraseEnd}, {&m_verbs, Verb}, {&m_verbStarts, VerbStart},
        {&m_objectVerbs, ObjectVerb}, {&m_objectPrepositions, ObjectPreposition}, {&m_relatives, Relative},
        {&m_origins, Origin},
    };
    for (const auto &[set, list] : sets) {
        for (quint64 key : *set)
            lists[key] |= list;
    }
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        m_lists.insert(it.key(), it.value());
        m_listed.set(size_t(it.key() & (ListedBits - 1)));
    }
}

void EntityCues::addPhrases(const QString &path, const QString &column, QSet<quint64> &into, QStringList *errors,
                            bool asSequence)
{
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QList<quint64> keys = PhraseTrie::phraseKeys(table->value(r, column));
        if (keys.isEmpty())
            continue;
        if (asSequence) {
            into.insert(sequenceKey(keys));
            m_phraseEnds.insert(keys.back());
            m_longest = std::max(m_longest, int(keys.size()));
        } else {
            into.insert(keys.size() == 1 ? keys.front() : sequenceKey(keys));
        }
    }
}

void EntityCues::addCompanyCues(const QString &path, QStringList *errors)
{
    const auto table = TsvTable::loadReporting(path, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString cue = table->value(r, QStringLiteral("cue"));
        const QString kind = table->value(r, QStringLiteral("kind"));
        if (kind == QLatin1String("setting") && cue == QLatin1String("capitalised nouns")) {
            m_capitalisesNouns = true;
            continue;
        }
        const QList<quint64> keys = PhraseTrie::phraseKeys(cue);
        if (keys.isEmpty())
            continue;
        if (kind == QLatin1String("intro")) {
            m_intros.insert(sequenceKey(keys));
            m_phraseEnds.insert(keys.back());
            m_longest = std::max(m_longest, int(keys.size()));
            continue;
        }
        // Suffixes are matched word by word; "S.p.A." is its letters and dots.
        const quint64 key = keys.size() == 1 ? keys.front() : sequenceKey(keys);
        if (kind == QLatin1String("legal")) {
            m_legal.insert(keys.front());
            m_suffixes.insert(keys.front());
        } else if (kind == QLatin1String("suffix")) {
            m_suffixes.insert(key);
        } else if (kind == QLatin1String("article") && keys.size() == 1) {
            m_articles.insert(key);
        } else if (kind == QLatin1String("head") && keys.size() == 1) {
            m_heads.insert(key);
        } else if (kind == QLatin1String("connector") && keys.size() == 1) {
            m_connectors.insert(key);
        } else if (kind == QLatin1String("joiner") && keys.size() == 1) {
            m_joiners.insert(key);
        } else if (kind == QLatin1String("object-verb") && keys.size() == 1) {
            m_objectVerbs.insert(key);
        } else if (kind == QLatin1String("object-preposition") && keys.size() == 1) {
            m_objectPrepositions.insert(key);
        } else if (kind == QLatin1String("relative") && keys.size() == 1) {
            m_relatives.insert(key);
        } else if (kind == QLatin1String("origin") && keys.size() == 1) {
            m_origins.insert(key);
        } else if (kind == QLatin1String("verb")) {
            m_verbs.insert(sequenceKey(keys));
            m_verbStarts.insert(keys.front());
            m_longestVerb = std::max(m_longestVerb, int(keys.size()));
        } else if (errors) {
            *errors << QStringLiteral("%1:%2: unknown cue kind \"%3\" (suffix, legal, intro, article, head, connector, joiner, verb, object-verb, object-preposition, relative, origin, setting)")
                           .arg(path)
                           .arg(table->lineNumber(r))
                           .arg(kind);
        }
    }
}

void EntityCues::addCalendarWords(const QString &language)
{
    // A month or weekday at the start of a sentence ("Giovedì", "Mardi") is not a name.
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(language.toLatin1().constData()), status);
    if (U_FAILURE(status))
        return;
    const TextFold &fold = TextFold::instance();
    auto addAll = [&](const icu::UnicodeString *names, int32_t count) {
        for (int32_t i = 0; i < count; ++i) {
            const QString name(reinterpret_cast<const QChar *>(names[i].getBuffer()), names[i].length());
            if (!name.isEmpty())
                m_common.insert(fold.key(name));
        }
    };
    int32_t count = 0;
    // Separate statements: `count` is set by the call, argument order is unspecified.
    const icu::UnicodeString *names = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    addAll(names, count);
    names = symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
    addAll(names, count);
    names = symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    addAll(names, count);
}

} // namespace dealdesk
