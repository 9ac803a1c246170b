#include "core/import/articlereader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dealdesk;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(DEALDESK_TEST_DATA "/import/") + name;
}

QStringList rangeTexts(const Article &a)
{
    QStringList out;
    for (const TextRange &r : a.metadataRanges)
        out.append(a.text.sliced(r.start, r.length()));
    return out;
}

} // namespace

class TestTextReader : public QObject
{
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("ranges");

        QTest::addRow("it byline, bold kept")
            << u"it-byline.txt"_qs << u"Un fondo italiano investe 200 milioni di euro nell'IA"_qs
            << u"Carla Benedetti"_qs << u"2025-03-21T10:15"_qs << u"Rassegna di Prova"_qs << u"it"_qs << 2;
        QTest::addRow("en CRLF, byline on line 3")
            << u"en-crlf.txt"_qs << u"Test Robotics raises $40 million in a Series B round"_qs << u"Hannah Price"_qs
            << u"2025-06-02T09:30"_qs << u"The Sample Ledger"_qs << u"en"_qs << 2;
        QTest::addRow("it date marker")
            << u"it-datemarker.txt"_qs << u"Una piccola societ\u00e0 raccoglie capitali"_qs << QString()
            << u"2024-09"_qs << QString() << u"it"_qs << 1;
        QTest::addRow("fr Latin-1")
            << u"fr-latin1.txt"_qs << u"Une jeune pousse lyonnaise l\u00e8ve 12 millions d'euros"_qs
            << u"H\u00e9l\u00e8ne Roux"_qs << u"2025-03-04T08:15"_qs << u"Le Quotidien d'Essai"_qs << u"fr"_qs << 2;
        QTest::addRow("de Windows-1252 with euro and dash")
            << u"de-cp1252.txt"_qs << u"Ein Start-up sammelt 30 Millionen Euro ein \u2013 f\u00fcr die Entwicklung"_qs
            << u"J\u00fcrgen Wei\u00df"_qs << u"2025-05-07"_qs << u"Testzeitung"_qs << u"de"_qs << 2;
        QTest::addRow("es UTF-16LE") << u"es-utf16le.txt"_qs << u"Una empresa de Madrid recauda 8 millones de euros"_qs
                                     << u"Luc\u00eda Ortega"_qs << u"2025-04-03"_qs << u"Diario de Ensayo"_qs << u"es"_qs << 2;
        QTest::addRow("es UTF-16BE") << u"es-utf16be.txt"_qs << u"Una empresa de Madrid recauda 8 millones de euros"_qs
                                     << u"Luc\u00eda Ortega"_qs << u"2025-04-03"_qs << u"Diario de Ensayo"_qs << u"es"_qs << 2;
        QTest::addRow("it BOM") << u"it-bom.txt"_qs << u"Titolo con BOM"_qs << QString() << QString() << QString()
                                << u"it"_qs << 0;
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, published);
        QFETCH(QString, outlet);
        QFETCH(QString, language);
        QFETCH(int, ranges);
        const QString path = sample(file);
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(out.problems.size(), 0);
        QCOMPARE(out.articles.size(), 1);
        const Article &a = out.articles.front();
        QCOMPARE(a.id, path);
        QCOMPARE(a.sourcePath, path);
        QCOMPARE(a.format, u"txt"_qs);
        QCOMPARE(a.title, title);
        QCOMPARE(a.author, author);
        QCOMPARE(a.published, published);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.language, language);
        QCOMPARE(a.metadataRanges.size(), ranges);
        QVERIFY(!a.text.contains(u'\r'));
        QVERIFY(!a.text.startsWith(QChar(0xFEFF)));
        QCOMPARE(a.contentHash, QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256));
    }

    void textIsKeptVerbatim()
    {
        const ReadOutcome out = readArticleFile(sample(u"it-byline.txt"_qs));
        QCOMPARE(out.articles.size(), 1);
        QFile f(sample(u"it-byline.txt"_qs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(out.articles.front().text, QString::fromUtf8(f.readAll()));
        QCOMPARE(rangeTexts(out.articles.front()),
                 (QStringList{u"di Carla Benedetti | 21 marzo 2025, 10:15"_qs, u"Fonte: Rassegna di Prova"_qs}));
    }

    // The team's dev corpus (../shared): every article's metadata equals its gold file's,
    // `published` compared at the gold's precision.
    void sharedCorpusMetadata()
    {
        const QDir dir(QStringLiteral(DEALDESK_SHARED "/corpus/dev"));
        if (!dir.exists())
            QSKIP("the shared corpus is not here");
        const QStringList files = dir.entryList({u"*.txt"_qs}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            const ReadOutcome out = readArticleFile(dir.filePath(name));
            QCOMPARE(out.articles.size(), 1);
            const Article &a = out.articles.front();
            QFile goldFile(dir.filePath(name.chopped(4) + u".gold.json"_qs));
            QVERIFY(goldFile.open(QIODevice::ReadOnly));
            const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
            const auto field = [&](const char16_t *key) { return gold.value(QStringView(key)).toString(); };
            QVERIFY2(a.title == field(u"title"), qPrintable(name + u": title "_qs + a.title));
            QVERIFY2(a.author == field(u"author"), qPrintable(name + u": author "_qs + a.author));
            QVERIFY2(a.outlet == field(u"outlet"), qPrintable(name + u": outlet "_qs + a.outlet));
            QVERIFY2(a.language == field(u"language"), qPrintable(name + u": language "_qs + a.language));
            const QString published = field(u"published");
            QVERIFY2(a.published.left(published.size()) == published && (published.isEmpty() == a.published.isEmpty()),
                     qPrintable(name + u": published "_qs + a.published));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
