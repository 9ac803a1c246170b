#include "core/exchange/annotationimport.h"

#include "core/exchange/annotationjson.h"
#include "core/exchange/bratreader.h"
#include "core/store/corpusstore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace dealdesk {
namespace {

QList<AnnotatedArticle> readJsonLines(const QString &path, ExchangeReport &report)
{
    QList<AnnotatedArticle> docs;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        report.errors << QStringLiteral("%1: %2").arg(path, f.errorString());
        return docs;
    }
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray bytes = f.readLine();
        ++line;
        if (bytes.trimmed().isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &parse);
        if (!json.isObject() || !json.object().value(u"text").isString()) {
            report.errors << QStringLiteral("%1:%2: %3; the line is skipped")
                                 .arg(path)
                                 .arg(line)
                                 .arg(json.isObject() ? u"no \"text\""_qs : parse.errorString());
            continue;
        }
        QStringList problems;
        AnnotatedArticle doc = readAnnotationJson(json.object(), problems);
        for (const QString &p : std::as_const(problems))
            report.errors << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(p);
        if (doc.article.id.isEmpty())
            doc.article.id = QStringLiteral("%1#%2").arg(path).arg(line);
        if (doc.article.sourcePath.isEmpty())
            doc.article.sourcePath = path;
        docs.append(std::move(doc));
    }
    return docs;
}

// What the corpus holds, to find an imported article in it.
class ArticleIndex
{
public:
    explicit ArticleIndex(const CorpusStore &store) : m_store(store) { refresh(); }

    // Reads the articles not seen yet (all at first, the new ones after an import).
    void refresh()
    {
        ArticleQuery q;
        q.limit = 1000;
        for (;; q.offset += q.limit) {
            const QList<ArticleSummary> page = m_store.articles(q);
            for (const ArticleSummary &s : page) {
                if (m_seen.contains(s.id))
                    continue;
                m_seen.insert(s.id);
                m_review.insert(s.id, s.reviewState);
                if (const auto a = m_store.article(s.id)) {
                    m_byHash.insert(a->contentHash, s.id);
                    m_bySource.insert(a->id, s.id);
                }
            }
            if (page.size() < q.limit)
                break;
        }
    }
    [[nodiscard]] qint64 byHash(const QByteArray &hash) const { return m_byHash.value(hash); }
    [[nodiscard]] qint64 bySource(const QString &id) const { return id.isEmpty() ? 0 : m_bySource.value(id); }
    [[nodiscard]] ReviewState review(qint64 id) const { return m_review.value(id, ReviewState::Unreviewed); }

private:
    const CorpusStore &m_store;
    QSet<qint64> m_seen;
    QHash<QByteArray, qint64> m_byHash;
    QHash<QString, qint64> m_bySource;
    QHash<qint64, ReviewState> m_review;
};

// True when every annotation of `doc` covers the same text in `stored`: a source-id match
// whose text changed elsewhere (a trailing line cut by another tool) keeps its offsets.
bool sameCoveredText(const AnnotatedArticle &doc, const QString &stored)
{
    for (const Annotation &a : doc.annotations) {
        const TextRange r = rangeOf(a.value);
        if (r.end > stored.size() || QStringView(stored).sliced(r.start, r.length())
                                             != QStringView(doc.article.text).sliced(r.start, r.length()))
            return false;
    }
    return true;
}

QString label(const AnnotatedArticle &doc)
{
    return doc.article.id.isEmpty() ? doc.article.title : doc.article.id;
}

void storeInto(CorpusStore &store, qint64 id, ReviewState storedReview, const AnnotatedArticle &doc,
               ExchangeReport &report)
{
    const QList<FindingRecord> records = store.findingRecords(id);
    QList<bool> used(records.size(), false);
    auto keep = [&report](const StoreResult<bool> &written) {
        if (!written.ok())
            report.errors << written.error().message();
    };
    auto find = [&](const FindingValue &value, auto accept) -> qsizetype {
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!used[i] && records[i].value == value && accept(records[i]))
                return i;
        }
        return -1;
    };
    QList<Annotation> machine, person;
    for (const Annotation &a : doc.annotations) {
        const qsizetype i = find(a.value, [](const FindingRecord &) { return true; });
        if (i < 0) {
            (a.origin == FindingOrigin::Machine ? machine : person).append(a);
            continue;
        }
        used[i] = true;
        ++report.alreadyStored;
        // A stored note is a person's and is kept; an empty one takes the file's.
        if (records[i].note.isEmpty() && !a.note.isEmpty())
            keep(store.setFindingNote(records[i].id, a.note));
        if (records[i].state == FindingState::Pending && a.state != FindingState::Pending) {
            if (const auto set = store.setFindingState(records[i].id, a.state); set.ok())
                ++report.decisionsTaken;
            else
                report.errors << set.error().message();
        }
    }
    if (!machine.isEmpty()) {
        // saveFindings replaces the article's pending machine suggestions: the stored ones go
        // in again with the new ones, so none is lost.
        Findings all;
        auto append = [&all](const FindingValue &v) {
            std::visit(
                [&all](const auto &x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, EntityMention>)
                        all.entities.append(x);
                    else if constexpr (std::is_same_v<T, Amount>)
                        all.amounts.append(x);
                    else if constexpr (std::is_same_v<T, DateMention>)
                        all.dates.append(x);
                    else
                        all.deals.append(x);
                },
                v);
        };
        for (const FindingRecord &r : records) {
            if (r.origin == FindingOrigin::Machine && r.state == FindingState::Pending)
                append(r.value);
        }
        for (const Annotation &a : std::as_const(machine))
            append(a.value);
        if (const auto saved = store.saveFindings(id, all); !saved.ok()) {
            report.errors << saved.error().message();
            return;
        }
        const QList<FindingRecord> after = store.findingRecords(id);
        QList<bool> taken(after.size(), false);
        // The stored pending ones take their places first, so the new ones find theirs; their
        // notes went out with them and are written back.
        for (const FindingRecord &r : records) {
            if (r.origin != FindingOrigin::Machine || r.state != FindingState::Pending)
                continue;
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (!taken[i] && after[i].state == FindingState::Pending && after[i].value == r.value) {
                    taken[i] = true;
                    if (!r.note.isEmpty())
                        keep(store.setFindingNote(after[i].id, r.note));
                    break;
                }
            }
        }
        for (const Annotation &a : std::as_const(machine)) {
            qsizetype found = -1;
            for (qsizetype i = 0; i < after.size() && found < 0; ++i) {
                if (!taken[i] && after[i].origin == FindingOrigin::Machine && after[i].state == FindingState::Pending
                    && after[i].value == a.value)
                    found = i;
            }
            if (found < 0) {
                report.errors << QStringLiteral("%1: a machine suggestion at %2-%3 lies where a decided finding of its "
                                                "kind is; the corpus keeps the decided one")
                                     .arg(label(doc))
                                     .arg(rangeOf(a.value).start)
                                     .arg(rangeOf(a.value).end);
                continue;
            }
            taken[found] = true;
            ++report.annotationsAdded;
            if (a.state != FindingState::Pending)
                keep(store.setFindingState(after[found].id, a.state));
            if (!a.note.isEmpty())
                keep(store.setFindingNote(after[found].id, a.note));
        }
    }
    for (const Annotation &a : std::as_const(person)) {
        const auto added = store.addFinding(id, a.value, a.state);
        if (!added.ok()) {
            report.errors << added.error().message();
            continue;
        }
        ++report.annotationsAdded;
        if (!a.note.isEmpty())
            keep(store.setFindingNote(added.value(), a.note));
    }
    if (!doc.note.isEmpty() && store.articleNote(id).isEmpty())
        keep(store.setArticleNote(id, doc.note));
    // A stored review is a person's and is kept; an unreviewed article takes the input's.
    if (doc.review != ReviewState::Unreviewed && storedReview == ReviewState::Unreviewed) {
        if (const auto set = store.setReviewState(id, doc.review); !set.ok())
            report.errors << set.error().message();
    }
}

} // namespace

QList<AnnotatedArticle> readAnnotations(ExchangeFormat format, const QString &path, ExchangeReport &report)
{
    QList<AnnotatedArticle> docs;
    if (format == ExchangeFormat::JsonLines) {
        docs = readJsonLines(path, report);
    } else if (format == ExchangeFormat::Brat) {
        const QStringList files = bratTextFiles(path);
        if (files.isEmpty())
            report.errors << QStringLiteral("%1: no brat documents (NAME.txt with NAME.ann)").arg(path);
        for (const QString &txt : files) {
            if (auto doc = readBratFiles(txt, report.errors, report.notes))
                docs.append(std::move(*doc));
        }
    } else {
        report.errors << QStringLiteral("%1: CSV is an export only; import brat or jsonl").arg(path);
    }
    report.articles = int(docs.size());
    for (const AnnotatedArticle &d : std::as_const(docs))
        report.annotations += d.annotations.size();
    return docs;
}

void storeAnnotations(CorpusStore &store, const QList<AnnotatedArticle> &docs, ExchangeReport &report,
                      const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ArticleIndex index(store);
    QList<qint64> ids(docs.size(), 0);
    QList<Article> missing;
    QSet<QByteArray> missingHashes;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const AnnotatedArticle &doc = docs[i];
        ids[i] = index.byHash(doc.article.contentHash);
        if (ids[i])
            continue;
        if (const qint64 bySource = index.bySource(doc.article.id)) {
            const auto stored = store.article(bySource);
            if (stored && sameCoveredText(doc, stored->text)) {
                ids[i] = bySource;
                continue;
            }
        }
        if (!missingHashes.contains(doc.article.contentHash)) {
            missingHashes.insert(doc.article.contentHash);
            missing.append(doc.article);
        }
    }
    if (!missing.isEmpty()) {
        const auto added = store.addArticles(missing);
        if (!added.ok()) {
            report.errors << added.error().message() + QStringLiteral("; no article was added");
        } else {
            report.articlesAdded = added.value().added;
            index.refresh();
        }
    }
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (cancel && cancel->load()) {
            report.errors << QStringLiteral("cancelled after %1 of %2 articles; importing again completes the rest")
                                 .arg(i)
                                 .arg(docs.size());
            break;
        }
        const qint64 id = ids[i] ? ids[i] : index.byHash(docs[i].article.contentHash);
        if (!id) {
            report.errors << QStringLiteral("%1: the article could not be stored; its annotations are not imported")
                                 .arg(label(docs[i]));
        } else {
            storeInto(store, id, index.review(id), docs[i], report);
        }
        if (progress)
            progress(int(i + 1), int(docs.size()));
    }
}

ExchangeReport importAnnotations(CorpusStore &store, ExchangeFormat format, const QString &path,
                                 const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ExchangeReport report;
    const QList<AnnotatedArticle> docs = readAnnotations(format, path, report);
    storeAnnotations(store, docs, report, progress, cancel);
    return report;
}

} // namespace dealdesk
