#include "core/import/articlereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dealdesk;

namespace {

QStringList messages(const QList<ImportProblem> &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out.append(p.message());
    return out;
}


QString sample(const QString &name)
{
    return QStringLiteral(DEALDESK_TEST_DATA "/import/") + name;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // written to a temporary file; empty = a committed sample
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("binary") << u"binary.txt"_qs << QByteArray() << qint64(1 << 20) << u"binary data, not text (NUL bytes)"_qs;
        QTest::addRow("empty") << u"empty.txt"_qs << QByteArray() << qint64(1 << 20) << u"empty file"_qs;
        QTest::addRow("too large") << u"it-byline.txt"_qs << QByteArray() << qint64(100)
                                   << u"file too large (353 bytes, the limit is 100)"_qs;
        QTest::addRow("missing") << u"does-not-exist.txt"_qs << QByteArray() << qint64(1 << 20) << u"no such file"_qs;
        QTest::addRow("binary html") << u"x.html"_qs << QByteArray("<html>\0\0\0", 9) << qint64(1 << 20)
                                     << u"binary data, not text (NUL bytes)"_qs;
        QTest::addRow("binary jsonl") << u"x.jsonl"_qs << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08") << qint64(1 << 20)
                                      << u"binary data, not text (control characters)"_qs;
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = sample(name);
        if (!content.isEmpty()) {
            path = dir.filePath(name);
            QVERIFY(writeFile(path, content));
        }
        ReadOptions options;
        options.maxFileBytes = maxBytes;
        const ReadOutcome out = readArticleFile(path, options);
        QCOMPARE(out.articles.size(), 0);
        QCOMPARE(out.problems.size(), 1);
        QCOMPARE(out.problems.front().file, path);
        QCOMPARE(out.problems.front().line, 0);
        QCOMPARE(out.problems.front().reason, reason);
        QCOMPARE(out.problems.front().message(), path + u": "_qs + reason);
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files whatever their permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.txt"_qs);
        QVERIFY(writeFile(path, "Titolo\n\nTesto."));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const ReadOutcome out = readArticleFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(out.articles.size(), 0);
        QCOMPARE(out.problems.size(), 1);
        QVERIFY2(out.problems.front().reason.startsWith(u"cannot read: "_qs), qPrintable(out.problems.front().reason));
    }

    void formatsBySniffing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addRow("rss") << QByteArray("<?xml version=\"1.0\"?><rss><channel><title>T</title><item><title>A</title></item></channel></rss>") << u"rss"_qs;
        QTest::addRow("atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title></entry></feed>") << u"atom"_qs;
        QTest::addRow("html") << QByteArray("<!DOCTYPE html><html><body><p>Testo della pagina.</p></body></html>") << u"html"_qs;
        QTest::addRow("jsonl") << QByteArray("{\"text\":\"Titolo\"}\n") << u"jsonl"_qs;
        QTest::addRow("markdown") << QByteArray("# Titolo\n\n**Testo**") << u"md"_qs;
        QTest::addRow("text") << QByteArray("Titolo\n\nTesto.") << u"txt"_qs;
    }

    void formatsBySniffing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.dat"_qs);
        QVERIFY(writeFile(path, content));
        const ReadOutcome out = readArticleFile(path);
        QCOMPARE(messages(out.problems).join(u"; "_qs), QString());
        QCOMPARE(out.articles.size(), 1);
        QCOMPARE(out.articles.front().format, format);
        QCOMPARE(readArticleData(content, u"-"_qs).articles.front().format, format);
    }

    void collectsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"b/sub"_qs));
        QVERIFY(QDir(dir.path()).mkpath(u"a"_qs));
        for (const char16_t *name : {u"b/sub/z.txt", u"b/a.md", u"a/x.HTML", u"a/notes.pdf", u"c.jsonl", u"a/.hidden.txt",
                                     u"b/feed.atom", u"b/y.rss", u"b/x.xml", u"b/w.htm", u"b/v.markdown"})
            QVERIFY(writeFile(dir.filePath(QString::fromUtf16(name)), "x"));
        const QString explicitFile = dir.filePath(u"a/notes.pdf"_qs);
        const QString missing = dir.filePath(u"missing"_qs);
        QList<ImportProblem> problems;
        const QStringList files = collectArticleFiles({dir.path(), explicitFile, missing}, &problems);
        QStringList relative;
        for (const QString &f : files)
            relative.append(QDir(dir.path()).relativeFilePath(f));
        QCOMPARE(relative, (QStringList{u"a/x.HTML"_qs, u"b/a.md"_qs, u"b/feed.atom"_qs, u"b/sub/z.txt"_qs,
                                        u"b/v.markdown"_qs, u"b/w.htm"_qs, u"b/x.xml"_qs, u"b/y.rss"_qs,
                                        u"c.jsonl"_qs, u"a/notes.pdf"_qs}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front().message(), missing + u": no such file or folder"_qs);
    }

    // Big inputs in every format: each reader is linear. Measured 14-60 MB/s in a release build
    // (many small feed items or JSON lines are the slowest); 2 MB/s leaves room for sanitizers
    // and a busy machine while still catching anything quadratic.
    void largeInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        const QByteArray paragraph = "La societ\xc3\xa0 ha raccolto 12 milioni di euro da un fondo di Torino, "
                                     "secondo il comunicato diffuso oggi.\n\n";
        const QByteArray body = paragraph.repeated(40000); // about 4 MB
        QTest::addRow("txt") << u"big.txt"_qs << QByteArray("Titolo\ndi Anna Ferraro | 3 febbraio 2025\n\n") + body;
        QTest::addRow("one huge line") << u"line.txt"_qs << QByteArray("date ") + QByteArray(4000000, 'x');
        QTest::addRow("md") << u"big.md"_qs << QByteArray("# Titolo\n\n") + QByteArray(body).replace("12", "**12**");
        QTest::addRow("html") << u"big.html"_qs
                              << QByteArray("<html><body><article><h1>Titolo</h1>")
                                     + QByteArray("<p>").append(paragraph).append("</p>").repeated(40000)
                                     + QByteArray("</article></body></html>");
        QTest::addRow("rss") << u"big.rss"_qs
                             << QByteArray("<rss><channel><title>T</title>")
                                    + QByteArray("<item><title>Uno</title><description>").append(paragraph).append("</description></item>").repeated(20000)
                                    + QByteArray("</channel></rss>");
        QTest::addRow("jsonl") << u"big.jsonl"_qs
                               << QByteArray("{\"text\":\"La societ\xc3\xa0 ha raccolto 12 milioni di euro da un fondo.\"}\n").repeated(40000);
    }

    void largeInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeFile(path, content));
        QElapsedTimer timer;
        timer.start();
        const ReadOutcome out = readArticleFile(path);
        const qint64 ms = timer.elapsed();
        QCOMPARE(out.problems.size(), 0);
        QVERIFY(!out.articles.isEmpty());
        const double mbPerSecond = content.size() / 1e6 / std::max<qint64>(ms, 1) * 1000;
        QVERIFY2(mbPerSecond >= 2 || ms < 100, qPrintable(u"%1 MB/s"_qs.arg(mbPerSecond)));
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        QList<ImportProblem> problems;
        const QStringList files = collectArticleFiles({QStringLiteral(DEALDESK_TEST_DATA "/import")}, &problems);
        QVERIFY(files.size() >= 15);
        int articles = 0;
        int bad = 0;
        for (const QString &f : files) {
            const ReadOutcome out = readArticleFile(f);
            articles += int(out.articles.size());
            bad += int(out.problems.size());
            for (const Article &a : out.articles) {
                QVERIFY(!a.id.isEmpty());
                QVERIFY(!a.text.isEmpty());
                QVERIFY(!a.format.isEmpty());
                QCOMPARE(a.contentHash.size(), 32);
                QVERIFY2(!a.language.isEmpty(), qPrintable(a.id));
                for (const TextRange &r : a.metadataRanges)
                    QVERIFY(r.start >= 0 && r.end <= a.text.size() && r.start < r.end);
            }
        }
        QVERIFY(articles >= 20);
        QVERIFY(bad >= 6);
    }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
