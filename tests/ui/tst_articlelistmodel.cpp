#include "core/store/sqlitecorpusstore.h"
#include "ui/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>
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
        QCOMPARE(model.index(0, 0).data(ArticleListModel::PublishedRole).toString(), u"2024-12-10"_qs);
        // Shown in the locale's short form, not as ISO.
        QCOMPARE(model.index(0, ArticleListModel::PublishedColumn).data().toString(),
                 QLocale().toString(QDate(2024, 12, 10), QLocale::ShortFormat));
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

    void searchRowsCarryTheirSnippet()
    {
        ArticleListModel model;
        model.setStore(m_store.get());
        QVERIFY(model.index(0, 0).data(ArticleListModel::SnippetRole).toString().isEmpty());
        model.setSearchText(u"Stargate"_qs);
        const QString snippet = model.index(0, 0).data(ArticleListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(u"«Stargate»"_qs), qPrintable(snippet));
        const QString tip = model.index(0, ArticleListModel::OutletColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"<b>Stargate</b>"_qs), qPrintable(tip));
    }

    void filtersInSql_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        // i % 3 != 0 is Italian (300 of 450), odd i is Ledger Weekly (225), month is 1 + i % 12.
        QTest::addRow("none") << QString() << QString() << QString() << QString() << QString() << 450;
        QTest::addRow("language") << u"it"_qs << QString() << QString() << QString() << QString() << 300;
        QTest::addRow("outlet") << QString() << u"Ledger Weekly"_qs << QString() << QString() << QString() << 225;
        QTest::addRow("language and outlet") << u"en"_qs << u"Ledger Weekly"_qs << QString() << QString()
                                             << QString() << 75;
        // Months 1 and 2: i % 12 in {0, 1} -> 38 + 38 = 76 of 450.
        QTest::addRow("date range") << QString() << QString() << u"2024-01-01"_qs << u"2024-02-28"_qs
                                    << QString() << 76;
        QTest::addRow("open start") << QString() << QString() << QString() << u"2024-01-31"_qs << QString() << 38;
        QTest::addRow("search and language") << u"en"_qs << QString() << QString() << QString() << u"Stargate"_qs
                                             << 3; // 57, 207, 357
        QTest::addRow("nothing") << u"de"_qs << QString() << QString() << QString() << QString() << 0;
    }

    void filtersInSql()
    {
        QFETCH(QString, language);
        QFETCH(QString, outlet);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, search);
        QFETCH(int, expected);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        ArticleFilter filter;
        filter.language = language;
        filter.outlet = outlet;
        filter.publishedFrom = from;
        filter.publishedTo = to;
        model.setFilter(filter);
        model.setSearchText(search);
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(model.rowCount(), std::min(expected, 200));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            if (!language.isEmpty())
                QCOMPARE(model.index(r, ArticleListModel::LanguageColumn).data().toString(), language);
            if (!outlet.isEmpty())
                QCOMPARE(model.index(r, ArticleListModel::OutletColumn).data().toString(), outlet);
            const QString published = i.data(ArticleListModel::PublishedRole).toString();
            if (!from.isEmpty())
                QVERIFY(published >= from);
            if (!to.isEmpty())
                QVERIFY(published <= to);
        }
    }

    void countsAndReviewColumns()
    {
        QTemporaryDir dir;
        auto opened = SqliteCorpusStore::open(dir.filePath(u"counts.dealdesk"_qs),
                                              SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Article a = makeArticle(1);
        a.text = u"Zefiro paid 3 million euros and then 4 million euros."_qs;
        Findings f;
        f.amounts << Amount{{12, 27}, u"3 million euros"_qs, {u"EUR"_qs, 3e6, 3e6, Qualifier::Exact}, MoneyRole::Spending};
        f.amounts << Amount{{37, 52}, u"4 million euros"_qs, {u"EUR"_qs, 4e6, 4e6, Qualifier::Exact}, MoneyRole::Spending};
        QVERIFY(opened.value()->addArticlesWithFindings({a}, {f}).ok());
        ArticleListModel model;
        model.setStore(opened.value().get());
        QCOMPARE(model.index(0, ArticleListModel::AmountsColumn).data().toString(), u"2"_qs);
        QVERIFY(model.index(0, ArticleListModel::DealsColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, ArticleListModel::ReviewColumn).data().toString(), u"new"_qs);
        model.setFilter({{}, {}, {}, {}, {}, {}, true});
        QCOMPARE(model.totalCount(), 0); // no deals
        model.setStore(nullptr);
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
