#include "core/extract/deals/dealcues.h"

#include "core/extract/entities/textfold.h"
#include "core/extract/tsvtable.h"

namespace dealdesk {
namespace {

std::optional<DealCueKind> kindFromString(QStringView s)
{
    if (s == u"invest")
        return DealCueKind::Invest;
    if (s == u"pledge")
        return DealCueKind::Pledge;
    if (s == u"raise")
        return DealCueKind::Raise;
    if (s == u"lead")
        return DealCueKind::Lead;
    if (s == u"alongside")
        return DealCueKind::Alongside;
    if (s == u"backed")
        return DealCueKind::Backed;
    if (s == u"joined")
        return DealCueKind::Joined;
    if (s == u"allocate")
        return DealCueKind::Allocate;
    if (s == u"ignore")
        return DealCueKind::Ignore;
    if (s == u"sell")
        return DealCueKind::Sell;
    if (s == u"receive")
        return DealCueKind::Receive;
    return std::nullopt;
}

QString where(const QString &path, const TsvTable &t, qsizetype row)
{
    return QStringLiteral("%1:%2").arg(path).arg(t.lineNumber(row));
}

} // namespace

DealCues::DealCues(const QString &language, QStringList *errors)
{
    QString error;
    const QString cuesPath = lexiconPath(language, QStringLiteral("deal_cues"));
    if (const auto t = TsvTable::load(cuesPath, &error)) {
        for (qsizetype r = 0; r < t->rowCount(); ++r) {
            const auto kind = kindFromString(t->value(r, QStringLiteral("kind")));
            const QString statusText = t->value(r, QStringLiteral("status"));
            const auto status = dealStatusFromString(statusText);
            if (!kind || (!statusText.isEmpty() && !status)) {
                if (errors)
                    *errors << where(cuesPath, *t, r) + QStringLiteral(": bad kind or status");
                continue;
            }
            m_cueTrie.add(PhraseTrie::phraseKeys(t->value(r, QStringLiteral("cue"))), int(m_cues.size()));
            m_cues.append({*kind, status});
            m_cueTexts.append(t->value(r, QStringLiteral("cue")));
        }
    } else if (errors) {
        *errors << error;
    }
    const QString statusPath = lexiconPath(language, QStringLiteral("deal_status"));
    if (const auto t = TsvTable::load(statusPath, &error)) {
        for (qsizetype r = 0; r < t->rowCount(); ++r) {
            const QString statusText = t->value(r, QStringLiteral("status"));
            const bool conditional = statusText == u"conditional";
            const auto status = conditional ? std::optional(DealStatus::Rumored) : dealStatusFromString(statusText);
            if (!status) {
                if (errors)
                    *errors << where(statusPath, *t, r) + QStringLiteral(": bad status");
                continue;
            }
            if (conditional)
                m_conditional.insert(int(m_statuses.size()));
            m_statusTrie.add(PhraseTrie::phraseKeys(t->value(r, QStringLiteral("cue"))), int(m_statuses.size()));
            m_statuses.append(*status);
        }
    } else if (errors) {
        *errors << error;
    }
    const QString wordsPath = lexiconPath(language, QStringLiteral("deal_words"));
    if (const auto t = TsvTable::load(wordsPath, &error)) {
        for (qsizetype r = 0; r < t->rowCount(); ++r) {
            const QString kind = t->value(r, QStringLiteral("kind"));
            // An elided word ("l'", "d'") is one token of the text but two of a lone phrase.
            const QString word = t->value(r, QStringLiteral("word"));
            const bool elided = word.endsWith(u'\'') || word.endsWith(u'\u2019');
            const QList<quint64> keys = kind == u"definite" || elided ? QList<quint64>{TextFold::instance().key(word)}
                                                                      : PhraseTrie::phraseKeys(word);
            QSet<quint64> *into = kind == u"list" ? &m_listWords
                : kind == u"from"                 ? &m_fromWords
                : kind == u"to"                   ? &m_targetWords
                : kind == u"of"                   ? &m_ofWords
                : kind == u"article"              ? &m_articles
                : kind == u"definite"             ? &m_definites
                : kind == u"relative"             ? &m_relativeWords
                : kind == u"anaphor"              ? &m_anaphors
                : kind == u"with"                 ? &m_withWords
                : kind == u"percent"              ? &m_percentWords
                : kind == u"withdraw"             ? &m_withdrawWords
                : kind == u"other"                ? &m_otherWords
                : kind == u"angel"                ? &m_angelWords
                : kind == u"source"               ? &m_sourceWords
                : kind == u"income"               ? &m_incomeWords
                                                  : nullptr;
            if (!into || keys.size() != 1) {
                if (errors)
                    *errors << where(wordsPath, *t, r) + QStringLiteral(": one word and a kind (list, from, to, of, article, definite, relative, anaphor, with, percent, withdraw, other, angel, source, income)");
                continue;
            }
            into->insert(keys.front());
        }
    } else if (errors) {
        *errors << error;
    }
}

int DealCues::bestCue(const QList<int> &candidates, QStringView text) const
{
    if (candidates.size() == 1)
        return candidates.front(); // the only one, however it is spelled: no comparison
    for (int c : candidates) {
        if (QStringView(m_cueTexts[c]).compare(text, Qt::CaseInsensitive) == 0)
            return c;
    }
    return candidates.front();
}

} // namespace dealdesk
