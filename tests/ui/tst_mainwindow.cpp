#include "core/store/sqlitecorpusstore.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dealdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_corpus = m_dir.filePath(u"desk.dealdesk"_qs);
        auto opened = SqliteCorpusStore::open(m_corpus, SqliteCorpusStore::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Article a;
        a.id = u"one.txt"_qs;
        a.title = u"SoftBank punta su Stargate"_qs;
        a.outlet = u"Ledger Weekly"_qs;
        a.published = u"2025-01-22"_qs;
        a.language = u"it"_qs;
        a.text = u"SoftBank punta su Stargate\nDi: Anna Neri | 22.01.2025\nSoftBank metterà 19 miliardi 🚀 nel progetto."_qs;
        a.metadataRanges = {{27, 53}};
        Article b = a;
        b.id = u"two.txt"_qs;
        b.title = u"Mistral AI raises €600m"_qs;
        b.published = u"2024-06-11"_qs;
        b.language = u"en"_qs;
        b.text = u"Mistral AI raises €600m\nThe Paris start-up closed its round."_qs;
        b.metadataRanges = {};
        QVERIFY(opened.value()->addArticles({a, b}).ok());
    }

    void showsListSearchAndText()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(m_corpus));
        auto *list = window.findChild<QTableView *>(u"articleList"_qs);
        auto *text = window.findChild<QTextBrowser *>(u"articleText"_qs);
        auto *title = window.findChild<QLabel *>(u"articleTitle"_qs);
        QVERIFY(list && text && title);
        QCOMPARE(list->model()->rowCount(), 2);
        // Newest first: the January 2025 article is selected and shown.
        QCOMPARE(title->text(), u"SoftBank punta su Stargate"_qs);
        QVERIFY(text->toPlainText().contains(u"19 miliardi 🚀"_qs));

        auto *search = window.findChild<QLineEdit *>(u"searchBox"_qs);
        QVERIFY(search);
        QTest::keyClicks(search, u"Paris"_qs);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Mistral AI raises €600m"_qs);
        window.selectRow(0);
        QCOMPARE(title->text(), u"Mistral AI raises €600m"_qs);
    }

    void badCorpusKeepsWindowUsable()
    {
        MainWindow window;
        QVERIFY(window.openCorpus(m_corpus));
        const QString junk = m_dir.filePath(u"junk.dealdesk"_qs);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!window.openCorpus(junk));
        auto *list = window.findChild<QTableView *>(u"articleList"_qs);
        QCOMPARE(list->model()->rowCount(), 2); // the corpus already open stays open
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
