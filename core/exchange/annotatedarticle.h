#pragma once
// One article with every annotation a journalist or the extractor left on it: what the
// exchange formats (brat, JSON Lines, CSV) write and read. The formats convert to and from
// this value, never talk to the store; annotationexport/annotationimport do that.

#include "core/store/storetypes.h"
#include "core/text/article.h"

#include <QList>
#include <QString>

namespace dealdesk {

class CorpusStore;

struct Annotation
{
    FindingKind kind = FindingKind::Entity;
    FindingState state = FindingState::Pending;
    FindingOrigin origin = FindingOrigin::Machine;
    FindingValue value;
    QString note;
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

struct AnnotatedArticle
{
    Article article;
    ReviewState review = ReviewState::Unreviewed;
    QString note;
    QList<Annotation> annotations; // in canonicalOrder() once loaded or read
    friend bool operator==(const AnnotatedArticle &, const AnnotatedArticle &) = default;
};

// The mention's range, or a deal's evidence sentence.
[[nodiscard]] TextRange rangeOf(const FindingValue &value);
[[nodiscard]] FindingKind kindOf(const FindingValue &value);

// Sorts by position, then kind and value, so that two corpora holding the same annotations
// (stored in a different order or with other ids) write identical files.
void sortCanonically(QList<Annotation> &annotations);

// The article `id` of `store` with its annotations (only accepted ones when asked);
// nullopt for an unknown id.
[[nodiscard]] std::optional<AnnotatedArticle> loadAnnotated(const CorpusStore &store, qint64 id,
                                                            bool acceptedOnly);

// A file name for the article that does not depend on the corpus: the stem of its source id
// (letters, digits, '-', '_' only) and the first hex digits of its content hash.
[[nodiscard]] QString exchangeFileStem(const Article &article);

} // namespace dealdesk
