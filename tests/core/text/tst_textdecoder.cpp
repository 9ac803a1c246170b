#include "core/text/textdecoder.h"

#include <QTest>

using namespace dealdesk;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString accented = u"Societ\u00e0 e caff\u00e8: 5\u00a0\u20ac"_qs;
        QTest::addRow("UTF-8") << accented.toUtf8() << accented << u"UTF-8"_qs;
        QTest::addRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBF") + accented.toUtf8() << accented << u"UTF-8"_qs;
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : accented) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::addRow("UTF-16LE BOM") << le << accented << u"UTF-16LE"_qs;
        QTest::addRow("UTF-16BE BOM") << be << accented << u"UTF-16BE"_qs;
        // "Le caf\xe9 co\xfbte 3 \x80 \x96 d\xe9j\xe0" in Windows-1252: euro sign and en dash.
        QTest::addRow("Windows-1252")
            << QByteArray("Le caf\xe9 co\xfbte 3 \x80 \x96 d\xe9j\xe0 tr\xe8s cher, selon la soci\xe9t\xe9.")
            << u"Le caf\u00e9 co\u00fbte 3 \u20ac \u2013 d\u00e9j\u00e0 tr\u00e8s cher, selon la soci\u00e9t\u00e9."_qs
            << u"windows-1252"_qs;
        QTest::addRow("ISO-8859-15 euro")
            << QByteArray("Der Preis liegt bei 30 \xa4 pro St\xfc" "ck, sagte der Gesch\xe4" "ftsf\xfchrer.")
            << u"Der Preis liegt bei 30 \u20ac pro St\u00fcck, sagte der Gesch\u00e4ftsf\u00fchrer."_qs
            << u"ISO-8859-15"_qs;
        QTest::addRow("CRLF and CR") << QByteArray("a\r\nb\rc\n") << u"a\nb\nc\n"_qs << u"UTF-8"_qs;
        QTest::addRow("NFC") << QByteArray("caffe\xcc\x80") << u"caff\u00e8"_qs << u"UTF-8"_qs;
        QTest::addRow("tabs and form feed are text") << QByteArray("a\tb\fc") << u"a\tb\fc"_qs << u"UTF-8"_qs;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.text, text);
        QCOMPARE(d.encoding, encoding);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << u"empty file"_qs;
        QTest::addRow("white space only") << QByteArray(" \n\r\n\t") << u"empty file (white space only)"_qs;
        QTest::addRow("NUL bytes") << QByteArray("PK\x03\x04\x00\x00\x08\x00", 8) << u"binary data, not text (NUL bytes)"_qs;
        QTest::addRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08" "abc\x0e\x0f")
                                            << u"binary data, not text (control characters)"_qs;
        QTest::addRow("UTF-16 NUL") << QByteArray("\xFF\xFE\x00\x00\x00\x00", 6) << u"binary data, not text (control characters)"_qs;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodedText d = decodeText(bytes);
        QVERIFY(!d.ok());
        QCOMPARE(d.error, reason);
        QVERIFY(d.text.isEmpty());
    }

    void truncatedUtf8IsReadAsLegacy()
    {
        // A lone 0xE9 is not UTF-8: the detector takes over instead of dropping the letter.
        const DecodedText d = decodeText(QByteArray("Universit\xe9 di Milano, ricerca e sviluppo"));
        QVERIFY(d.ok());
        QCOMPARE(d.text, u"Universit\u00e9 di Milano, ricerca e sviluppo"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
