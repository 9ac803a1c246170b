#include "core/exchange/annotationexport.h"

#include "core/exchange/annotatedarticle.h"
#include "core/exchange/annotationcsv.h"
#include "core/exchange/annotationjson.h"
#include "core/exchange/bratconf.h"
#include "core/exchange/bratwriter.h"
#include "core/store/corpusstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QSaveFile>

#include <memory>

#include <algorithm>

namespace dealdesk {
namespace {

// The corpus's article ids in the order they were stored, so exports of corpora holding the
// same articles list them alike. Summaries only: bodies are read one article at a time.
QList<std::pair<qint64, ReviewState>> articleIds(const CorpusStore &store)
{
    QList<std::pair<qint64, ReviewState>> ids;
    ArticleQuery q;
    q.limit = 1000;
    for (;; q.offset += q.limit) {
        const QList<ArticleSummary> page = store.articles(q);
        for (const ArticleSummary &s : page)
            ids.append({s.id, s.reviewState});
        if (page.size() < q.limit)
            break;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Writes one file; the error is "FILE: reason". A Whole file (JSONL, CSV, the brat
// configuration) is written to a temporary file and renamed, so a failed export leaves what
// was there; a brat collection's thousands of small documents are written directly, since
// the rename's sync to disk per file made a 3,000-article export take a minute.
class OutFile
{
public:
    enum class Mode { Whole, Direct };
    OutFile(const QString &path, ExchangeReport &report, Mode mode = Mode::Whole) : m_report(report)
    {
        if (mode == Mode::Whole)
            m_file = std::make_unique<QSaveFile>(path);
        else
            m_file = std::make_unique<QFile>(path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail();
    }
    void write(const QString &text) { write(text.toUtf8()); }
    void write(const QByteArray &bytes)
    {
        if (m_ok && m_file->write(bytes) < 0)
            fail();
    }
    void commit()
    {
        if (auto *whole = qobject_cast<QSaveFile *>(m_file.get())) {
            if (m_ok && !whole->commit())
                fail();
        } else {
            m_file->close();
            if (m_ok && m_file->error() != QFileDevice::NoError)
                fail();
        }
        if (m_ok)
            m_report.files << m_file->fileName();
    }

private:
    void fail()
    {
        if (m_ok)
            m_report.errors << QStringLiteral("%1: %2").arg(m_file->fileName(), m_file->errorString());
        m_ok = false;
    }
    std::unique_ptr<QFileDevice> m_file;
    ExchangeReport &m_report;
    bool m_ok = true;
};

struct Counts
{
    int entities = 0, dates = 0, notes = 0;
};

} // namespace

ExchangeReport exportAnnotations(const CorpusStore &store, const ExportOptions &options,
                                 const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ExchangeReport report;
    const QDir folder(options.folder);
    if (!QDir().mkpath(options.folder)) {
        report.errors << QStringLiteral("%1: cannot create the folder").arg(options.folder);
        return report;
    }
    const auto ids = articleIds(store);
    std::optional<OutFile> jsonl, deals, amounts;
    if (options.format == ExchangeFormat::JsonLines) {
        jsonl.emplace(folder.filePath(u"annotations.jsonl"_qs), report);
    } else if (options.format == ExchangeFormat::Csv) {
        deals.emplace(folder.filePath(u"deals.csv"_qs), report);
        deals->write(dealsCsvHeader());
        amounts.emplace(folder.filePath(u"amounts.csv"_qs), report);
        amounts->write(amountsCsvHeader());
    } else {
        OutFile conf(folder.filePath(u"annotation.conf"_qs), report);
        conf.write(brat::annotationConf());
        conf.commit();
        OutFile visual(folder.filePath(u"visual.conf"_qs), report);
        visual.write(brat::visualConf());
        visual.commit();
    }
    Counts counts;
    int done = 0;
    for (const auto &[id, review] : ids) {
        if (cancel && cancel->load()) {
            report.errors << QStringLiteral("%1: cancelled after %2 of %3 articles").arg(options.folder).arg(done).arg(ids.size());
            break;
        }
        auto doc = loadAnnotated(store, id, options.acceptedOnly);
        if (!doc)
            continue;
        doc->review = review;
        ++report.articles;
        report.annotations += doc->annotations.size();
        for (const Annotation &a : doc->annotations) {
            counts.entities += a.kind == FindingKind::Entity;
            counts.dates += a.kind == FindingKind::Date;
            counts.notes += !a.note.isEmpty();
        }
        switch (options.format) {
        case ExchangeFormat::JsonLines:
            jsonl->write(QJsonDocument(annotationJson(*doc)).toJson(QJsonDocument::Compact) + '\n');
            break;
        case ExchangeFormat::Csv:
            deals->write(dealsCsvRows(*doc));
            amounts->write(amountsCsvRows(*doc));
            break;
        case ExchangeFormat::Brat: {
            const BratDocument b = bratDocument(*doc, report.notes);
            OutFile txt(folder.filePath(b.stem + u".txt"_qs), report, OutFile::Mode::Direct);
            txt.write(b.text);
            txt.commit();
            OutFile ann(folder.filePath(b.stem + u".ann"_qs), report, OutFile::Mode::Direct);
            ann.write(b.ann);
            ann.commit();
            OutFile meta(folder.filePath(b.stem + u".meta.json"_qs), report, OutFile::Mode::Direct);
            meta.write(b.meta);
            meta.commit();
            break;
        }
        }
        if (progress)
            progress(++done, int(ids.size()));
    }
    for (std::optional<OutFile> *f : {&jsonl, &deals, &amounts}) {
        if (*f)
            (*f)->commit();
    }
    switch (options.format) {
    case ExchangeFormat::Csv:
        report.notes << QStringLiteral("CSV holds deals and amounts only: %1 entity mentions and %2 dates are "
                                       "not in it, nor the article text, author, language and review state; "
                                       "it does not import back")
                            .arg(counts.entities)
                            .arg(counts.dates);
        break;
    case ExchangeFormat::Brat:
        report.notes << QStringLiteral("brat: metadata, review state and article notes are in NAME.meta.json "
                                       "(brat ignores it); deal fields and finding notes are AnnotatorNotes");
        [[fallthrough]];
    case ExchangeFormat::JsonLines:
        report.notes << QStringLiteral("the edit history (who changed what, when) is not exported");
        break;
    }
    return report;
}

} // namespace dealdesk
