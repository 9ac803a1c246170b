#include "core/store/sqlitecorpusstore.h"
#include "ui/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteCorpusStore> m_store;

    static Article makeArticle(int i)
    {
        Article a;
        a.id = u"a%1.txt"_qs.arg(i, 4, 10, QChar(u'0'));
        a.title = u"Article %1"_qs.arg(i, 4, 10, QChar(u'0'));
        a.outlet = (i % 2) ? u"Ledger Weekly"_qs : u"Il Foglio Tecnologico"_qs;
        a.language = (i % 3) ? u"it"_qs : u"en"_qs;
        a.published = u"2024-%1-10"_qs.arg(1 + i % 12, 2, 10, QChar(u'0'));
        a.text = a.title + u"\nbody %1 "_qs.arg(i) + ((i % 50 == 7) ? u"Stargate"_qs : u"cloud"_qs);
        a.sourcePath = a.id;
        a.format = u"txt"_qs;
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = SqliteCorpusStore::open(m_dir.filePath(u"list.dealdesk"_qs),
                                              SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
        m_store = std::move(opened).value();
        QList<Article> batch;
        for (int i = 0; i < 450; ++i)
            batch << makeArticle(i);
        const auto added = m_store->addArticles(batch);
        QVERIFY(added.ok());
        QCOMPARE(added.value().added, 450);
    }

    void passesModelTester()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before);
        }
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        model.setSearchText(u"Stargate"_qs);
        model.setSearchText(QString());
        model.setStore(nullptr);
    }

    void loadsLazilyInPages()
    {
        ArticleListModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // asked twice before the event loop turns: one page read
        QCOMPARE(model.rowCount(), 200);
        QTRY_COMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsInSql()
    {
        ArticleListModel model;
        model.setStore(m_store.get());
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"Article 0000"_qs);
        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"Article 0449"_qs);
        model.sort(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::PublishedColumn).data().toString(), u"2024-12-10"_qs);
    }

    void searchFiltersRows()
    {
        ArticleListModel model;
        model.setStore(m_store.get());
        QSignalSpy counted(&model, &ArticleListModel::totalCountChanged);
        model.setSearchText(u"Stargate"_qs);
        QCOMPARE(counted.count(), 1);
        // i % 50 == 7 for i < 450: 7, 57, ..., 407 -> 9 articles
        QCOMPARE(model.totalCount(), 9);
        QCOMPARE(model.rowCount(), 9);
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto a = m_store->article(model.index(r, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
            QVERIFY(a && a->text.contains(u"Stargate"_qs));
        }
        model.setSearchText(u"  "_qs);
        QCOMPARE(model.totalCount(), 450);
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
