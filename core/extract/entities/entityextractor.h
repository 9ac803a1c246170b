#pragma once
// The entities component of the extractor: names of companies, people, places, products and
// projects, each with one canonical name. Known names come from the gazetteer (and the
// corpus's learned names) in one pass over the tokens, longest first; unknown ones from
// first names, titles and company cues; a short form later in the article ("Mistral" after
// "Mistral AI", "Altman" after "Sam Altman") joins the long one.

#include "core/extract/entities/entitycues.h"
#include "core/extract/entities/gazetteer.h"
#include "core/extract/entities/learnedname.h"
#include "core/extract/findings.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace dealdesk {

class ArticleScan;
struct ExtractionInput;

class EntityExtractor
{
public:
    EntityExtractor() = default;
    // Loads the gazetteer, ICU's country names and the cue lists of `languages`; `learned`
    // names are matched first. Load problems are appended to `errors`.
    EntityExtractor(const QStringList &languages, const QList<LearnedName> &learned, QStringList *errors);

    // Mentions in text order, without overlaps. Const and thread-safe.
    [[nodiscard]] QList<EntityMention> extract(const ExtractionInput &input) const;

    [[nodiscard]] const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    [[nodiscard]] const EntityCues &cuesFor(const QString &language) const;
    [[nodiscard]] std::optional<GazetteerHit> knownAt(const ArticleScan &scan, qsizetype i) const;
    [[nodiscard]] bool holdsKnownName(const ArticleScan &scan, qsizetype first, qsizetype end) const;

    Gazetteer m_gazetteer;
    QHash<QString, EntityCues> m_cues;
    EntityCues m_none;
};

} // namespace dealdesk
