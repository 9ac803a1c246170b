// File > Export/Import annotations…: the dialog offers the formats of its direction and
// enables its button once a path is given; ExchangeJob runs an export and an import off the
// GUI thread on its own store instance and reports its progress and result through its
// signals.

#include "core/exchange/exchangereport.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/exchangedialog.h"
#include "ui/exchangejob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dealdesk;

Q_DECLARE_METATYPE(dealdesk::ExchangeDialog::Direction)
Q_DECLARE_METATYPE(dealdesk::ExchangeReport)

class TestExchangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void formatsAndButton_data()
    {
        QTest::addColumn<ExchangeDialog::Direction>("direction");
        QTest::addColumn<int>("formats");
        QTest::addColumn<bool>("acceptedOnly");
        QTest::addRow("export") << ExchangeDialog::Direction::Export << 3 << true;
        QTest::addRow("import") << ExchangeDialog::Direction::Import << 2 << false;
    }
    void formatsAndButton()
    {
        QFETCH(ExchangeDialog::Direction, direction);
        QFETCH(int, formats);
        QFETCH(bool, acceptedOnly);
        ExchangeDialog dialog(direction);
        auto *format = dialog.findChild<QComboBox *>(u"exchange-format"_qs);
        auto *path = dialog.findChild<QLineEdit *>(u"exchange-path"_qs);
        QVERIFY(format && path);
        QCOMPARE(format->count(), formats);
        QCOMPARE(dialog.findChild<QCheckBox *>(u"exchange-accepted-only"_qs) != nullptr, acceptedOnly);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        path->setText(u"/tmp/out"_qs);
        QVERIFY(ok->isEnabled());
        format->setCurrentIndex(1);
        QCOMPARE(toString(dialog.format()), toString(ExchangeFormat::JsonLines));
        QCOMPARE(dialog.path(), u"/tmp/out"_qs);
    }

    void jobExportsThenImports()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"a.dealdesk"_qs), target = dir.filePath(u"b.dealdesk"_qs);
        {
            auto store = SqliteCorpusStore::open(source, SqliteCorpusStore::OpenMode::CreateIfMissing);
            QVERIFY(store.ok());
            Article a;
            a.id = u"/press/borea.txt"_qs;
            a.text = u"Borea Nuvole riceve 8 milioni di euro da Fondo Scirocco."_qs;
            QVERIFY(store.value()->addArticles({a}).ok());
            const qint64 id = store.value()->articles({}).constFirst().id;
            const EntityMention org{{0, 12}, u"Borea Nuvole"_qs, EntityType::Org, u"Borea Nuvole"_qs};
            QVERIFY(store.value()->addFinding(id, org, FindingState::Accepted).ok());
            QVERIFY(SqliteCorpusStore::open(target, SqliteCorpusStore::OpenMode::CreateIfMissing).ok());
        }
        ExchangeJob job;
        QSignalSpy finished(&job, &ExchangeJob::finished);
        QSignalSpy progress(&job, &ExchangeJob::progress);
        job.start(ExchangeDialog::Direction::Export, source, ExchangeFormat::Brat, dir.filePath(u"brat"_qs), false);
        QVERIFY(finished.wait(10000));
        const auto exported = finished.takeFirst().at(0).value<ExchangeReport>();
        QVERIFY2(exported.ok(), qPrintable(exported.errors.join(u'\n')));
        QCOMPARE(exported.annotations, 1);
        // The worker's progress arrives on this thread before the report: one article of one.
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.constFirst(), (QList<QVariant>{1, 1}));

        job.start(ExchangeDialog::Direction::Import, target, ExchangeFormat::Brat, dir.filePath(u"brat"_qs), false);
        QVERIFY(finished.wait(10000));
        const auto imported = finished.takeFirst().at(0).value<ExchangeReport>();
        QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u'\n')));
        QCOMPARE(imported.articlesAdded, 1);
        QCOMPARE(imported.annotationsAdded, 1);
    }

    void missingCorpusIsReported()
    {
        ExchangeJob job;
        QSignalSpy finished(&job, &ExchangeJob::finished);
        job.start(ExchangeDialog::Direction::Export, u"/nonexistent/c.dealdesk"_qs, ExchangeFormat::Csv, u"/tmp/x"_qs,
                  false);
        QVERIFY(finished.wait(10000));
        const auto report = finished.takeFirst().at(0).value<ExchangeReport>();
        QVERIFY(!report.ok());
        QVERIFY(report.errors.constFirst().contains(u"/nonexistent/c.dealdesk"_qs));
    }
};

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchangedialog.moc"
