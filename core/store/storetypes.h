#pragma once
// Value types the corpus store speaks in, shared by every backend: what a list row holds,
// what a list query asks for, what a search returns, and how a stored finding is reviewed.

#include "core/extract/findings.h"
#include "core/text/textrange.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace dealdesk {

struct ImportCounts
{
    int added = 0;
    int duplicates = 0; // articles whose content hash was already stored (or repeated in the batch)
    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

// Where a journalist stands with one article; new articles are Unreviewed.
enum class ReviewState { Unreviewed, InProgress, Reviewed };

// One row of the article list: never the body, so a page of 200 stays small.
struct ArticleSummary
{
    qint64 id = 0; // the store's id, what article(id) and findings(id) take
    QString title, outlet, published, language, author, sourcePath;
    int amountCount = 0; // amounts and deals not rejected by a person
    int dealCount = 0;
    ReviewState reviewState = ReviewState::Unreviewed;
    QString reviewedBy; // who set the review state last; empty when never
    QString reviewedAt; // when (ISO 8601 UTC); empty when never
    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

struct ArticleQuery
{
    QString text; // full-text filter (words, "a phrase", prefix*); empty = all articles
    QString language; // exact match; empty = any
    QString outlet;   // exact match; empty = any
    // ISO 8601 prefixes, both inclusive: from "2025-01" to "2025-02" keeps 2025-02-28T10:00.
    QString publishedFrom, publishedTo;
    // Articles with a mention (not rejected) of this canonical entity; empty = any. The type
    // narrows it when set (an ORG and a PLACE can share a name).
    QString entity;
    std::optional<EntityType> entityType;
    bool withDeals = false; // only articles with at least one deal not rejected
    // Relevance needs `text`; without it the list falls back to Published.
    // Amounts, Deals: how many the article holds (not rejected); Review: new, in progress, done.
    enum class Sort { Title, Outlet, Published, Language, Relevance, Amounts, Deals, Review } sort = Sort::Published;
    bool descending = true; // for Relevance: most relevant first
    int offset = 0;
    int limit = 200;
};

struct SearchHit
{
    ArticleSummary article;
    QString snippet; // a short excerpt, each match inside « »
    double rank = 0; // higher is more relevant (the negated bm25 score)
};

enum class FindingKind { Entity, Amount, Date, Deal };
enum class FindingState { Pending, Accepted, Rejected };
enum class FindingOrigin { Machine, Person };

using FindingValue = std::variant<EntityMention, Amount, DateMention, Deal>;

// A finding as stored: the value plus who made it and what a journalist decided.
struct FindingRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    FindingKind kind = FindingKind::Entity;
    TextRange range; // the mention, or a deal's evidence sentence
    QString text;    // the text of `range`
    FindingState state = FindingState::Pending;
    FindingOrigin origin = FindingOrigin::Machine;
    QString createdAt; // ISO 8601 UTC
    FindingValue value;
    QString note;     // a journalist's note on it; empty when none
    QString editedBy; // who changed it last (CorpusStore::setEditor); empty for untouched suggestions
    QString editedAt; // when (ISO 8601 UTC, ms); empty for untouched suggestions
};

// What a journalist did, as an article's (or the corpus's) history records it. Unalias is an
// alias forgotten (the undo of Alias); new actions go at the end (the names are stored).
enum class EditAction {
    Accept, Reject, Reset, Add, Update, Remove, Review, Note, Rename, Alias, Unalias
};

// One line of an article's (or the corpus's) history. Every edit writes its record in the
// transaction that makes the change, so the history is never out of step with the data.
struct EditRecord
{
    qint64 id = 0;
    qint64 articleId = 0; // 0 for a corpus-wide edit (rename, alias, unalias)
    qint64 findingId = 0; // 0 when the edit is not about one finding
    EditAction action = EditAction::Update;
    // Compact JSON of the finding, value or state before and after; empty when none (an added
    // finding has no before). A removed finding's `before` holds all of it (editjson.h reads it).
    QString before, after;
    QString editor; // who (CorpusStore::setEditor)
    QString at;     // when, ISO 8601 UTC with milliseconds
    friend bool operator==(const EditRecord &, const EditRecord &) = default;
};

// What a corpus-wide rename touched, so that revertRename can put exactly that back.
struct NameChange
{
    int findings = 0; // entity findings renamed
    int deals = 0;    // deal findings whose investor or target followed
    QList<qint64> findingIds; // every finding changed, entities and deals
    friend bool operator==(const NameChange &, const NameChange &) = default;
};

// One entity of the corpus as the entity panel lists it: how often it is mentioned (not
// rejected) and in how many articles.
struct EntityCount
{
    EntityType type = EntityType::Org;
    QString canonical;
    int mentions = 0;
    int articles = 0;
    friend bool operator==(const EntityCount &, const EntityCount &) = default;
};

// One deal finding with the article that states it: the rows of the corpus-level deal view.
struct StoredDeal
{
    qint64 findingId = 0;
    qint64 articleId = 0;
    QString articleSourceId; // Article::id as imported (the file path, or the JSONL id)
    QString title, outlet, published;
    Deal deal;
    QString evidence; // the sentence that states it
    FindingState state = FindingState::Pending;
};

[[nodiscard]] QString toString(ReviewState);
[[nodiscard]] QString toString(FindingKind);
[[nodiscard]] QString toString(FindingState);
[[nodiscard]] QString toString(FindingOrigin);
[[nodiscard]] QString toString(EditAction);
[[nodiscard]] std::optional<ReviewState> reviewStateFromString(QStringView);
[[nodiscard]] std::optional<FindingKind> findingKindFromString(QStringView);
[[nodiscard]] std::optional<FindingState> findingStateFromString(QStringView);
[[nodiscard]] std::optional<FindingOrigin> findingOriginFromString(QStringView);
[[nodiscard]] std::optional<EditAction> editActionFromString(QStringView);

} // namespace dealdesk
