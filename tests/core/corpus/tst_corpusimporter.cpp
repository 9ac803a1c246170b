#include "core/corpus/corpusimporter.h"
#include "core/corpus/samplecorpus.h"
#include "core/store/sqlitecorpusstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

class TestCorpusImporter : public QObject
{
    Q_OBJECT

private slots:
    void storesArticlesWithTheirFindingsOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"i.dealdesk"_qs);
        Article a;
        a.id = u"x.txt"_qs;
        a.language = u"it"_qs;
        a.published = u"2025-03-14"_qs;
        a.text = u"Il fondo Subalpina ha raccolto 120 milioni di euro il 10 marzo 2025."_qs;
        {
            auto opened = CorpusImporter::open(path);
            QVERIFY(opened.ok());
            QVERIFY(!opened.value()->addBatch({a}));
            QVERIFY(!opened.value()->addBatch({a}));
            QCOMPARE(opened.value()->counts().added, 1);
            QCOMPARE(opened.value()->counts().duplicates, 1);
        }
        auto store = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QList<ArticleSummary> rows = store.value()->articles({});
        QCOMPARE(rows.size(), 1);
        const Findings f = store.value()->findings(rows[0].id);
        QCOMPARE(f.amounts.size(), 1);
        QCOMPARE(f.amounts[0].money.low, 120e6);
        QCOMPARE(f.dates.size(), 1);
        QCOMPARE(f.dates[0].value, u"2025-03-10"_qs);
        QCOMPARE(rows[0].amountCount, 1);
    }

    void sampleCorpusIsMadeWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/samples.dealdesk"_qs);
        QVERIFY(!createSampleCorpus(path));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".partial"_qs));
        auto store = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QVERIFY(store.value()->articleCount() >= 14); // every bundled sample, feed items apart
        QVERIFY(!store.value()->deals().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorpusImporter)
#include "tst_corpusimporter.moc"
