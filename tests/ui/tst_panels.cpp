// The side panels: entity and deal models (and their proxies) pass QAbstractItemModelTester,
// sort as asked, and choosing an entity filters the article list to the articles naming it.
#include "ui/articleview.h"
#include "ui/corpusoverview.h"
#include "ui/dealmodel.h"
#include "ui/dealpanel.h"
#include "ui/entitymodel.h"
#include "ui/entitypanel.h"
#include "ui/filterbar.h"
#include "ui/findinginspector.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace dealdesk;
using namespace dealdesk::uitest;

class TestPanels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(u"en"_qs);
        m_corpus = m_dir.filePath(u"panels.dealdesk"_qs);
        auto store = createStore(m_corpus);
        QVERIFY(store);
        QList<Article> batch;
        QList<Findings> findings;
        // Three articles: Orsa Minore in the first two, Lidia Verdi in the last two.
        const QStringList bodies = {
            u"Orsa Minore raised 40 million euros from Kappa Fund."_qs,
            u"Orsa Minore hired Lidia Verdi as its chief."_qs,
            u"Lidia Verdi invested 2 billion dollars in Nubes."_qs,
        };
        for (int i = 0; i < bodies.size(); ++i) {
            const Article a = article(u"p%1.txt"_qs.arg(i), u"Story %1"_qs.arg(i), bodies[i], u"Ledger"_qs,
                                      u"2025-0%1-10"_qs.arg(i + 1), u"en"_qs);
            Findings f;
            if (a.text.contains(u"Orsa Minore"_qs))
                f.entities << entity(a.text, u"Orsa Minore"_qs, EntityType::Org);
            if (a.text.contains(u"Lidia Verdi"_qs))
                f.entities << entity(a.text, u"Lidia Verdi"_qs, EntityType::Person);
            if (i == 0) {
                const Money m{u"EUR"_qs, 40e6, 40e6, Qualifier::Exact};
                f.amounts << amount(a.text, u"40 million euros"_qs, m);
                f.deals << Deal{u"Kappa Fund"_qs, u"Orsa Minore"_qs, m, DealStatus::Completed, u"2025-01"_qs,
                                rangeOf(a.text, bodies[i])};
            }
            if (i == 2) {
                const Money m{u"USD"_qs, 2e9, 2e9, Qualifier::Exact};
                f.amounts << amount(a.text, u"2 billion dollars"_qs, m);
                f.deals << Deal{u"Lidia Verdi"_qs, u"Nubes"_qs, m, DealStatus::Announced, {},
                                rangeOf(a.text, bodies[i])};
            }
            batch << a;
            findings << f;
        }
        QVERIFY(store->addArticlesWithFindings(batch, findings).ok());
    }

    void overviewReadsTheCorpus()
    {
        const CorpusOverview o = readCorpusOverview(m_corpus);
        QVERIFY(o.error.isEmpty());
        QCOMPARE(o.outlets, QStringList{u"Ledger"_qs});
        QCOMPARE(o.languages, QStringList{u"en"_qs});
        QCOMPARE(o.entities.size(), 2);
        QCOMPARE(o.deals.deals.size(), 2);
        const EntityCount orsa{EntityType::Org, u"Orsa Minore"_qs, 2, 2};
        QVERIFY(o.entities.contains(orsa));
        QVERIFY(!readCorpusOverview(m_dir.filePath(u"missing.dealdesk"_qs)).error.isEmpty());
    }

    void entityModelAndProxy()
    {
        EntityPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setEntities(readCorpusOverview(m_corpus).entities);
        QCOMPARE(panel.model()->rowCount(), 5); // one group per type
        const QModelIndex orgs = panel.model()->index(int(EntityType::Org), 0);
        QCOMPARE(panel.model()->rowCount(orgs), 1);
        QCOMPARE(panel.model()->index(0, EntityModel::NameColumn, orgs).data().toString(), u"Orsa Minore"_qs);
        QCOMPARE(panel.model()->index(0, EntityModel::MentionsColumn, orgs).data().toString(), u"2"_qs);
        // The filter box keeps a matching name with its group, and drops the others.
        panel.proxy()->setFilterFixedString(u"lidia"_qs);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 0).data(EntityModel::EntityTypeRole).toInt(), int(EntityType::Person));
        panel.proxy()->setFilterFixedString({});
        panel.setEntities({});
        QCOMPARE(panel.model()->rowCount(orgs), 0);
    }

    void dealModelSortsByValue_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstTarget");
        QTest::addRow("amount descending") << int(DealModel::AmountColumn) << int(Qt::DescendingOrder) << u"Nubes"_qs;
        QTest::addRow("amount ascending") << int(DealModel::AmountColumn) << int(Qt::AscendingOrder)
                                          << u"Orsa Minore"_qs;
        QTest::addRow("investor ascending") << int(DealModel::InvestorColumn) << int(Qt::AscendingOrder)
                                            << u"Orsa Minore"_qs;
        QTest::addRow("date descending") << int(DealModel::DateColumn) << int(Qt::DescendingOrder) << u"Nubes"_qs;
    }

    void dealModelSortsByValue()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstTarget);
        DealPanel panel;
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDeals(readCorpusOverview(m_corpus).deals);
        panel.proxy()->sort(column, Qt::SortOrder(order));
        QCOMPARE(panel.proxy()->index(0, DealModel::TargetColumn).data().toString(), firstTarget);
    }

    void dealsMergeAcrossArticles()
    {
        // The same deal reported twice becomes one row with two sources.
        StoredDeal a;
        a.articleId = 1;
        a.articleSourceId = u"a.txt"_qs;
        a.outlet = u"Ledger"_qs;
        a.title = u"First"_qs;
        a.deal = Deal{u"Kappa Fund"_qs, u"Orsa Minore"_qs, Money{u"EUR"_qs, 40e6, 40e6, Qualifier::Exact},
                      DealStatus::Announced, u"2025-01"_qs, {0, 10}};
        a.evidence = u"Kappa Fund puts 40 million euros in Orsa Minore."_qs;
        StoredDeal b = a;
        b.articleId = 2;
        b.articleSourceId = u"b.txt"_qs;
        b.title = u"Second"_qs;
        b.deal.status = DealStatus::Completed;
        DealPanel panel;
        QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDeals(mergeStoredDeals({a, b}));
        QCOMPARE(panel.model()->rowCount(), 1);
        const QModelIndex sources = panel.model()->index(0, DealModel::SourcesColumn);
        QCOMPARE(sources.data(DealModel::SortRole).toInt(), 2);
        QVERIFY(sources.data(Qt::ToolTipRole).toString().contains(u"Second"_qs));
        QCOMPARE(panel.model()->index(0, DealModel::StatusColumn).data().toString(), u"completed"_qs);
        QCOMPARE(panel.model()->index(0, 0).data(DealModel::ArticleIdRole).toLongLong(), qint64(1));
    }

    void inspectorShowsFieldsAndSentence()
    {
        const Article a = article(u"i"_qs, u"Head"_qs,
                                  u"First sentence here. Then 🚀 Orsa Minore raised 7 million euros. Last one."_qs);
        Findings f;
        f.entities << entity(a.text, u"Orsa Minore"_qs, EntityType::Org, u"Orsa Minore SpA"_qs);
        const Money m{u"EUR"_qs, 7e6, 7e6, Qualifier::Exact};
        f.amounts << amount(a.text, u"7 million euros"_qs, m);
        f.deals << Deal{{}, u"Orsa Minore SpA"_qs, m, DealStatus::Completed, {},
                        rangeOf(a.text, u"Then 🚀 Orsa Minore raised 7 million euros."_qs)};
        FindingInspector inspector;
        QSignalSpy chosen(&inspector, &FindingInspector::recordChosen);
        const QList<FindingRecord> all = records(f, a.text);
        inspector.setArticle(a, all);
        inspector.showRecord(0);
        const QString fields = inspector.fieldsText();
        QVERIFY2(fields.contains(u"Orsa Minore SpA · organisation"_qs), qPrintable(fields));
        QVERIFY(fields.contains(u"Canonical name"_qs));
        QCOMPARE(inspector.sentenceText().trimmed(), u"Then 🚀 Orsa Minore raised 7 million euros."_qs);
        inspector.showRecord(1);
        QVERIFY(inspector.fieldsText().contains(u"EUR 7 m · investment · completed"_qs));
        // The article's deal is listed with its evidence; choosing it asks for its record.
        auto *deals = inspector.findChild<QTreeWidget *>(u"articleDeals"_qs);
        QCOMPARE(deals->topLevelItemCount(), 1);
        QCOMPARE(deals->topLevelItem(0)->child(0)->text(0), u"Then 🚀 Orsa Minore raised 7 million euros."_qs);
        deals->setCurrentItem(deals->topLevelItem(0));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toInt(), 2);
    }

    void entityClickFiltersTheList()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::overviewShown);
        QVERIFY(window.openCorpus(m_corpus));
        QVERIFY(shown.wait(5000));
        QCOMPARE(window.articleModel()->rowCount(), 3);
        emit window.entityPanel()->entityChosen(EntityType::Org, u"Orsa Minore"_qs);
        // An entity filter answers from a background query.
        QVERIFY(window.articleModel()->isLoading());
        QTRY_VERIFY(!window.articleModel()->isLoading());
        QCOMPARE(window.articleModel()->rowCount(), 2);
        QStringList titles;
        for (int r = 0; r < 2; ++r)
            titles << window.articleModel()->index(r, 0).data().toString();
        QCOMPARE(titles, (QStringList{u"Story 1"_qs, u"Story 0"_qs}));
        // The same name as another type matches nothing.
        window.filterBar()->setEntity(EntityType::Person, u"Orsa Minore"_qs);
        QTRY_VERIFY(!window.articleModel()->isLoading());
        QCOMPARE(window.articleModel()->rowCount(), 0);
        window.filterBar()->clearEntity();
        QCOMPARE(window.articleModel()->rowCount(), 3);
        window.filterBar()->setWithDeals(true);
        QCOMPARE(window.articleModel()->rowCount(), 2);
        window.filterBar()->setWithDeals(false);
    }

    void lateAnswerToAnOldQueryIsDropped()
    {
        MainWindow window;
        QVERIFY(window.openCorpus(m_corpus));
        QAbstractItemModelTester tester(window.articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.filterBar()->setEntity(EntityType::Org, u"Orsa Minore"_qs);
        window.filterBar()->setEntity(EntityType::Person, u"Lidia Verdi"_qs); // before the first answers
        QTRY_VERIFY(!window.articleModel()->isLoading());
        QTest::qWait(100); // let the first query's answer arrive too
        QCOMPARE(window.articleModel()->rowCount(), 2);
        QStringList titles;
        for (int r = 0; r < 2; ++r)
            titles << window.articleModel()->index(r, 0).data().toString();
        QCOMPARE(titles, (QStringList{u"Story 2"_qs, u"Story 1"_qs}));
    }

    void entityDoubleClickJumpsInArticle()
    {
        MainWindow window;
        QVERIFY(window.openCorpus(m_corpus));
        // Newest first: Story 2 names Lidia Verdi once.
        QCOMPARE(window.articleView()->article().title, u"Story 2"_qs);
        emit window.entityPanel()->entityJumpRequested(EntityType::Person, u"Lidia Verdi"_qs);
        const int selected = window.articleView()->selectedRecord();
        QVERIFY(selected >= 0);
        const auto *e = std::get_if<EntityMention>(&window.articleView()->records()[selected].value);
        QVERIFY(e);
        QCOMPARE(e->text, u"Lidia Verdi"_qs);
    }

    void keysStepThroughFindings()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(m_corpus));
        auto *list = window.findChild<QTableView *>(u"articleList"_qs);
        list->setFocus();
        QCOMPARE(window.articleView()->selectedRecord(), -1);
        QTest::keyClick(list, Qt::Key_N);
        QTRY_VERIFY(window.articleView()->selectedRecord() >= 0);
        const int first = window.articleView()->selectedRecord();
        QTest::keyClick(list, Qt::Key_F3);
        QVERIFY(window.articleView()->selectedRecord() != first);
        QTest::keyClick(list, Qt::Key_P);
        QCOMPARE(window.articleView()->selectedRecord(), first);
        // Down moves to the next article; its findings start unselected.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(window.articleView()->article().title, u"Story 1"_qs);
        QCOMPARE(window.articleView()->selectedRecord(), -1);
    }

    void dealActivationOpensItsArticle()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::overviewShown);
        QVERIFY(window.openCorpus(m_corpus));
        QVERIFY(shown.wait(5000));
        QSortFilterProxyModel *deals = window.dealPanel()->proxy();
        deals->sort(DealModel::AmountColumn, Qt::AscendingOrder); // Kappa Fund -> Orsa Minore first
        const QModelIndex first = deals->index(0, 0);
        QCOMPARE(first.data().toString(), u"Kappa Fund"_qs);
        emit window.dealPanel()->dealActivated(first.data(DealModel::ArticleIdRole).toLongLong(),
                                               u"Kappa Fund"_qs, u"Orsa Minore"_qs);
        QCOMPARE(window.articleView()->article().title, u"Story 0"_qs);
        const int selected = window.articleView()->selectedRecord();
        QVERIFY(selected >= 0);
        QVERIFY(window.articleView()->records()[selected].kind == FindingKind::Deal);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
