// Round trips through the exchange formats: a corpus exported, imported into a fresh corpus
// and exported again gives the same files; importing twice doubles nothing; importing into
// the corpus the files came from adds nothing; --accepted-only keeps only accepted ones.

#include "exchangesamples.h"

#include "core/exchange/annotationexport.h"
#include "core/exchange/annotationimport.h"
#include "core/store/sqlitecorpusstore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

Q_DECLARE_METATYPE(dealdesk::ExchangeFormat)

class TestAnnotationRoundTrip : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SqliteCorpusStore> open(const QString &path)
    {
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::CreateIfMissing);
        if (!opened.ok())
            return nullptr;
        return std::move(opened).value();
    }

    static QMap<QString, QByteArray> files(const QString &folder)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                out.insert(QFileInfo(f).fileName(), f.readAll());
        }
        return out;
    }

    static QString importPath(ExchangeFormat format, const QString &folder)
    {
        return format == ExchangeFormat::JsonLines ? folder + u"/annotations.jsonl"_qs : folder;
    }

    static QList<AnnotatedArticle> corpus(const CorpusStore &store)
    {
        QList<AnnotatedArticle> docs;
        QList<ArticleSummary> rows = store.articles({});
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        for (const ArticleSummary &s : rows) {
            auto d = loadAnnotated(store, s.id, false);
            d->review = s.reviewState;
            d->article.contentHash.clear();
            docs << *d;
        }
        // By source id: a brat collection is read in file name order, not the corpus's.
        std::sort(docs.begin(), docs.end(),
                  [](const AnnotatedArticle &a, const AnnotatedArticle &b) { return a.article.id < b.article.id; });
        return docs;
    }

    // The samples as the store gives them back: no content hash to compare.
    static QList<AnnotatedArticle> storable(QList<AnnotatedArticle> docs)
    {
        std::sort(docs.begin(), docs.end(),
                  [](const AnnotatedArticle &a, const AnnotatedArticle &b) { return a.article.id < b.article.id; });
        for (AnnotatedArticle &d : docs)
            d.article.contentHash.clear();
        return docs;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<ExchangeFormat>("format");
        QTest::addColumn<int>("fileCount");
        QTest::addRow("brat") << ExchangeFormat::Brat << 2 + 3 * 3;
        QTest::addRow("jsonl") << ExchangeFormat::JsonLines << 1;
    }

    void roundTrip()
    {
        QFETCH(ExchangeFormat, format);
        QFETCH(int, fileCount);
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        QVERIFY(source);
        const QList<AnnotatedArticle> samples = samples::articles();
        samples::storeSamples(*source, samples);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(corpus(*source), storable(samples));

        const ExchangeReport first = exportAnnotations(*source, {format, dir.filePath(u"one"_qs), false});
        QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
        QCOMPARE(first.articles, 3);
        QCOMPARE(first.files.size(), fileCount);

        auto fresh = open(dir.filePath(u"b.dealdesk"_qs));
        const ExchangeReport imported = importAnnotations(*fresh, format, importPath(format, dir.filePath(u"one"_qs)));
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u'\n')));
        QCOMPARE(imported.articlesAdded, 3);
        QCOMPARE(imported.annotationsAdded, first.annotations);
        QCOMPARE(corpus(*fresh), corpus(*source));

        const ExchangeReport second = exportAnnotations(*fresh, {format, dir.filePath(u"two"_qs), false});
        QVERIFY(second.ok());
        const auto one = files(dir.filePath(u"one"_qs)), two = files(dir.filePath(u"two"_qs));
        QCOMPARE(one.keys(), two.keys());
        for (auto it = one.cbegin(); it != one.cend(); ++it)
            QCOMPARE(two.value(it.key()), it.value());
    }

    void importTwiceDoublesNothing_data() { roundTrip_data(); }
    void importTwiceDoublesNothing()
    {
        QFETCH(ExchangeFormat, format);
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        samples::storeSamples(*source, samples::articles());
        QVERIFY(exportAnnotations(*source, {format, dir.filePath(u"out"_qs), false}).ok());
        const QString path = importPath(format, dir.filePath(u"out"_qs));

        // Into the corpus it came from: everything is there already.
        const QList<AnnotatedArticle> before = corpus(*source);
        ExchangeReport back = importAnnotations(*source, format, path);
        QVERIFY(back.ok());
        QCOMPARE(back.articlesAdded, 0);
        QCOMPARE(back.annotationsAdded, 0);
        QCOMPARE(back.alreadyStored, back.annotations);
        QCOMPARE(corpus(*source), before);

        auto fresh = open(dir.filePath(u"b.dealdesk"_qs));
        QVERIFY(importAnnotations(*fresh, format, path).ok());
        const QList<AnnotatedArticle> once = corpus(*fresh);
        const ExchangeReport again = importAnnotations(*fresh, format, path);
        QCOMPARE(again.articlesAdded, 0);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(corpus(*fresh), once);
    }

    // Export and import count their articles and stop between two when asked: a cancelled
    // import keeps the articles done, and importing again completes it to the full corpus.
    void progressAndCancel_data() { roundTrip_data(); }
    void progressAndCancel()
    {
        QFETCH(ExchangeFormat, format);
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        samples::storeSamples(*source, samples::articles());
        QList<QPair<int, int>> steps;
        const auto count = [&steps](int done, int total) { steps << qMakePair(done, total); };
        QVERIFY(exportAnnotations(*source, {format, dir.filePath(u"out"_qs), false}, count).ok());
        QCOMPARE(steps, (QList<QPair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));

        std::atomic_bool cancel = false;
        steps.clear();
        const ExchangeReport cut = exportAnnotations(*source, {format, dir.filePath(u"cut"_qs), false},
                                                     [&](int done, int total) {
                                                         count(done, total);
                                                         cancel = true;
                                                     },
                                                     &cancel);
        QCOMPARE(cut.articles, 1);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.errors.constLast().contains(u"cancelled after 1 of 3"_qs), qPrintable(cut.errors.join(u'\n')));

        const QString path = importPath(format, dir.filePath(u"out"_qs));
        auto fresh = open(dir.filePath(u"b.dealdesk"_qs));
        cancel = false;
        steps.clear();
        const ExchangeReport half = importAnnotations(*fresh, format, path,
                                                      [&](int done, int total) {
                                                          count(done, total);
                                                          cancel = done == 2;
                                                      },
                                                      &cancel);
        QCOMPARE(steps, (QList<QPair<int, int>>{{1, 3}, {2, 3}}));
        QVERIFY(!half.ok());
        QVERIFY2(half.errors.constLast().contains(u"cancelled after 2 of 3"_qs), qPrintable(half.errors.join(u'\n')));
        QVERIFY(corpus(*fresh) != corpus(*source));

        const ExchangeReport rest = importAnnotations(*fresh, format, path);
        QVERIFY2(rest.ok(), qPrintable(rest.errors.join(u'\n')));
        QCOMPARE(corpus(*fresh), corpus(*source));
    }

    // A stored pending suggestion takes the input's decision; a stored decision is kept.
    void importDecidesPendingOnly()
    {
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        samples::storeSamples(*source, samples::articles());
        QVERIFY(exportAnnotations(*source, {ExchangeFormat::JsonLines, dir.filePath(u"out"_qs), false}).ok());

        // Another corpus has the same articles with every machine suggestion still pending
        // and one machine suggestion rejected although the file says accepted.
        QList<AnnotatedArticle> pending = samples::articles();
        for (AnnotatedArticle &d : pending) {
            for (Annotation &a : d.annotations) {
                if (a.origin == FindingOrigin::Machine)
                    a.state = FindingState::Pending;
            }
        }
        auto other = open(dir.filePath(u"b.dealdesk"_qs));
        samples::storeSamples(*other, pending);
        const qint64 firstId = other->articles({}).constLast().id;
        const FindingRecord firstRecord = other->findingRecords(firstId).constFirst();
        QCOMPARE(toString(firstRecord.origin), toString(FindingOrigin::Machine));
        QVERIFY(other->setFindingState(firstRecord.id, FindingState::Rejected).ok());

        const ExchangeReport r = importAnnotations(*other, ExchangeFormat::JsonLines, dir.filePath(u"out/annotations.jsonl"_qs));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.annotationsAdded, 0);
        QVERIFY(r.decisionsTaken > 0);
        for (const FindingRecord &rec : other->findingRecords(firstId)) {
            if (rec.id == firstRecord.id)
                QCOMPARE(toString(rec.state), toString(FindingState::Rejected));
        }
    }

    // doccano drops a text's last line break: the article is found by its source id, and
    // its annotations (still over the same text) are recognised.
    void matchedBySourceId()
    {
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        samples::storeSamples(*source, samples::articles());
        QList<AnnotatedArticle> docs = corpus(*source);
        const qsizetype fr = 1; // sorted by source id: en, fr, it
        QVERIFY(docs[fr].article.text.endsWith(u'\n'));
        docs[fr].article.text.chop(1);
        docs[fr].article.contentHash = QCryptographicHash::hash(docs[fr].article.text.toUtf8(), QCryptographicHash::Sha256);
        const int annotations = int(docs[fr].annotations.size());
        ExchangeReport r;
        storeAnnotations(*source, {docs[fr]}, r);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.articlesAdded, 0);
        QCOMPARE(r.alreadyStored, annotations);

        // A changed text under the same source id whose spans no longer fit is a new article.
        docs[fr].article.text.replace(u"Élan"_qs, u"Elan"_qs);
        docs[fr].article.contentHash = QCryptographicHash::hash(docs[fr].article.text.toUtf8(), QCryptographicHash::Sha256);
        ExchangeReport changed;
        storeAnnotations(*source, {docs[fr]}, changed);
        QCOMPARE(changed.articlesAdded, 1);
    }

    // Suggestions the corpus holds and the file does not are kept when the file's
    // suggestions are added beside them.
    void storedSuggestionsAreKept()
    {
        QTemporaryDir dir;
        QList<AnnotatedArticle> docs = samples::articles();
        AnnotatedArticle only = docs[2];
        only.annotations.clear();
        auto corpus = open(dir.filePath(u"a.dealdesk"_qs));
        QVERIFY(corpus->addArticles({only.article}).ok());
        const qint64 id = corpus->articles({}).constFirst().id;
        const EntityMention extra{samples::at(only.article.text, u"Dufresne"_qs), u"Dufresne"_qs, EntityType::Person,
                                  u"Hélène Dufresne"_qs};
        QVERIFY(corpus->saveFindings(id, Findings{{extra}, {}, {}, {}}).ok());
        ExchangeReport r;
        storeAnnotations(*corpus, {docs[2]}, r);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.annotationsAdded, docs[2].annotations.size());
        const QList<FindingRecord> records = corpus->findingRecords(id);
        QCOMPARE(records.size(), docs[2].annotations.size() + 1);
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const FindingRecord &rec) {
            return rec.value == FindingValue(extra) && rec.state == FindingState::Pending;
        }));
    }

    // A note the corpus holds is a person's and stays; a finding without one takes the file's.
    void storedNotesAreKept()
    {
        QTemporaryDir dir;
        QList<AnnotatedArticle> bare = samples::articles();
        for (AnnotatedArticle &d : bare) {
            d.note.clear();
            for (Annotation &a : d.annotations)
                a.note.clear();
        }
        const qsizetype fr = 2;
        const qsizetype noted = std::find_if(bare[fr].annotations.cbegin(), bare[fr].annotations.cend(),
                                             [](const Annotation &a) { return a.kind == FindingKind::Deal; })
                                - bare[fr].annotations.cbegin();
        bare[fr].annotations[noted].note = u"nota della redazione"_qs;
        auto store = open(dir.filePath(u"a.dealdesk"_qs));
        samples::storeSamples(*store, bare);
        QVERIFY(!QTest::currentTestFailed());

        ExchangeReport r;
        const QList<AnnotatedArticle> file = samples::articles();
        storeAnnotations(*store, file, r);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.annotationsAdded, 0);
        QList<AnnotatedArticle> expected = storable(file);
        // storable() sorts by source id: fr is the second there.
        expected[1].annotations[noted].note = u"nota della redazione"_qs;
        QCOMPARE(corpus(*store), expected);
    }

    void acceptedOnly_data() { roundTrip_data(); }
    void acceptedOnly()
    {
        QFETCH(ExchangeFormat, format);
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        const QList<AnnotatedArticle> samples = samples::articles();
        samples::storeSamples(*source, samples);
        const ExchangeReport out = exportAnnotations(*source, {format, dir.filePath(u"out"_qs), true});
        QVERIFY(out.ok());
        int accepted = 0;
        for (const AnnotatedArticle &d : samples)
            accepted += int(std::count_if(d.annotations.cbegin(), d.annotations.cend(),
                                          [](const Annotation &a) { return a.state == FindingState::Accepted; }));
        QCOMPARE(out.annotations, accepted);
        ExchangeReport in;
        const QList<AnnotatedArticle> read = readAnnotations(format, importPath(format, dir.filePath(u"out"_qs)), in);
        QVERIFY(in.ok());
        QCOMPARE(in.annotations, accepted);
        for (const AnnotatedArticle &d : read) {
            for (const Annotation &a : d.annotations)
                QCOMPARE(toString(a.state), toString(FindingState::Accepted));
        }
    }

    void unwritableFolderIsNamed()
    {
        QTemporaryDir dir;
        auto source = open(dir.filePath(u"a.dealdesk"_qs));
        QFile blocker(dir.filePath(u"file"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ExchangeReport r = exportAnnotations(*source, {ExchangeFormat::Brat, dir.filePath(u"file/sub"_qs), false});
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.constFirst().contains(u"file/sub"_qs), qPrintable(r.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationRoundTrip)
#include "tst_annotationroundtrip.moc"
