#include "core/import/headerlexicon.h"
#include "core/import/headerparser.h"

#include <QTest>

using namespace dealdesk;

// One row per header form: title line, byline, closing source line. Every sentence here is
// written for this suite.
class TestHeaderParser : public QObject
{
    Q_OBJECT

private slots:
    void bylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("published");

        QTest::addRow("it Di: pipe dotted") << u"Di: Sara Lombardi | 14.02.2025, 11:20"_qs << u"Sara Lombardi"_qs << u"2025-02-14T11:20"_qs;
        QTest::addRow("en By dash") << u"By Tom Ashworth \u2014 March 12, 2024"_qs << u"Tom Ashworth"_qs << u"2024-03-12"_qs;
        QTest::addRow("en By pipe PM ET") << u"By Nora Klein | May 27, 2024, 6:45 PM ET"_qs << u"Nora Klein"_qs << u"2024-05-27T18:45"_qs;
        QTest::addRow("en By pipe AM") << u"By Nora Klein | Jan. 5, 2025, 12:10 a.m."_qs << u"Nora Klein"_qs << u"2025-01-05T00:10"_qs;
        QTest::addRow("it di hyphen") << u"di Piero Gatti - 3 ottobre 2023"_qs << u"Piero Gatti"_qs << u"2023-10-03"_qs;
        QTest::addRow("it di pipe time") << u"di Anna Ferraro | 1 aprile 2025, 07:45"_qs << u"Anna Ferraro"_qs << u"2025-04-01T07:45"_qs;
        QTest::addRow("it date first") << u"12 giugno 2024 \u2014 Livia Conte"_qs << u"Livia Conte"_qs << u"2024-06-12"_qs;
        QTest::addRow("en date first By") << u"October 3, 2024 | By Omar Haddad"_qs << u"Omar Haddad"_qs << u"2024-10-03"_qs;
        QTest::addRow("it Pubblicato alle di") << u"Pubblicato il 10 luglio 2025 alle 08:05 \u2014 di Elisa Moro"_qs << u"Elisa Moro"_qs << u"2025-07-10T08:05"_qs;
        QTest::addRow("fr Par Publié à 18h40") << u"Par Jeanne Morel | Publi\u00e9 le 12 f\u00e9vrier 2025 \u00e0 18h40"_qs << u"Jeanne Morel"_qs << u"2025-02-12T18:40"_qs;
        QTest::addRow("fr Publié only") << u"Publi\u00e9 le 5 f\u00e9vrier 2025"_qs << QString() << u"2025-02-05"_qs;
        QTest::addRow("fr 1er abbreviated") << u"Par Luc Girard, le 1er d\u00e9c. 2024"_qs << u"Luc Girard"_qs << u"2024-12-01"_qs;
        QTest::addRow("de Von comma") << u"Von Jonas Becker, 14. Juni 2025"_qs << u"Jonas Becker"_qs << u"2025-06-14"_qs;
        QTest::addRow("de Mär um Uhr") << u"Von Jonas Becker | 3. M\u00e4rz 2025 um 10:30 Uhr"_qs << u"Jonas Becker"_qs << u"2025-03-03T10:30"_qs;
        QTest::addRow("es Por de de") << u"Por Luc\u00eda Navarro | 3 de marzo de 2025"_qs << u"Luc\u00eda Navarro"_qs << u"2025-03-03"_qs;
        QTest::addRow("es a las") << u"Por Luc\u00eda Navarro | 3 de marzo de 2025 a las 9:05"_qs << u"Luc\u00eda Navarro"_qs << u"2025-03-03T09:05"_qs;
        QTest::addRow("en weekday") << u"By Omar Haddad | Tuesday, March 4, 2025"_qs << u"Omar Haddad"_qs << u"2025-03-04"_qs;
        QTest::addRow("en abbreviated Sept.") << u"By Omar Haddad, Sept. 9, 2024"_qs << u"Omar Haddad"_qs << u"2024-09-09"_qs;
        QTest::addRow("case-insensitive month") << u"di Anna Ferraro | 1 APRILE 2025"_qs << u"Anna Ferraro"_qs << u"2025-04-01"_qs;
        QTest::addRow("iso date") << u"By Ines Hart | 2025-01-09"_qs << u"Ines Hart"_qs << u"2025-01-09"_qs;
        QTest::addRow("month year") << u"di Anna Ferraro, marzo 2025"_qs << u"Anna Ferraro"_qs << u"2025-03"_qs;
        QTest::addRow("author only") << u"By Ines Hart"_qs << u"Ines Hart"_qs << QString();
        QTest::addRow("initial and particle") << u"di Maria J. de Santis | 2 maggio 2025"_qs << u"Maria J. de Santis"_qs << u"2025-05-02"_qs;
    }

    void bylines()
    {
        QFETCH(QString, line);
        QFETCH(QString, author);
        QFETCH(QString, published);
        const auto byline = parseByline(line, HeaderLexicon::shared());
        QVERIFY2(byline, qPrintable(line));
        QCOMPARE(byline->author, author);
        QCOMPARE(byline->published, published);
    }

    void notBylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("it body with Di") << u"Di fronte alla crisi, il governo ha stanziato 3 miliardi."_qs;
        QTest::addRow("en body with By") << u"By the end of 2024, the company had raised $2 billion."_qs;
        QTest::addRow("it body with date") << u"Il 12 marzo 2025 la societ\u00e0 ha chiuso il round."_qs;
        QTest::addRow("subtitle, two capitalised words") << u"Nuovi Capitali"_qs;
        QTest::addRow("de body with Von") << u"Von den 14 Milliarden flie\u00dft der Gro\u00dfteil in Rechenzentren."_qs;
        QTest::addRow("empty") << QString();
        QTest::addRow("number only") << u"2025"_qs;
        QTest::addRow("too long") << (u"By Ines Hart | "_qs + QString(200, u'x'));
    }

    void notBylines()
    {
        QFETCH(QString, line);
        QVERIFY(!parseByline(line, HeaderLexicon::shared()));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("metadata"); // the text of every metadata range

        QTest::addRow("byline on line 2, Fonte")
            << u"Titolo di prova sui capitali\nDi: Sara Lombardi | 14.02.2025, 11:20\n\nCorpo dell'articolo.\n\nFonte: Gazzetta del Test\n"_qs
            << u"Titolo di prova sui capitali"_qs << u"Sara Lombardi"_qs << u"2025-02-14T11:20"_qs
            << u"Gazzetta del Test"_qs
            << QStringList{u"Di: Sara Lombardi | 14.02.2025, 11:20"_qs, u"Fonte: Gazzetta del Test"_qs};
        QTest::addRow("byline on line 3 after a blank line")
            << u"A test headline\n\nBy Nora Klein | May 27, 2024, 6:45 PM ET\nBody.\nSource: The Test Wire"_qs
            << u"A test headline"_qs << u"Nora Klein"_qs << u"2024-05-27T18:45"_qs << u"The Test Wire"_qs
            << QStringList{u"By Nora Klein | May 27, 2024, 6:45 PM ET"_qs, u"Source: The Test Wire"_qs};
        QTest::addRow("leading date marker")
            << u" date 2025-02 Una startup raccoglie fondi\n\nCorpo con **grassetto**."_qs
            << u"Una startup raccoglie fondi"_qs << QString() << u"2025-02"_qs << QString()
            << QStringList{u" date 2025-02"_qs};
        QTest::addRow("French Source with space before colon")
            << u"Un titre d'essai\nPar Jeanne Morel | Publi\u00e9 le 12 f\u00e9vrier 2025 \u00e0 18h40\n\nTexte.\n\nSource : Le Journal d'Essai\n\n"_qs
            << u"Un titre d'essai"_qs << u"Jeanne Morel"_qs << u"2025-02-12T18:40"_qs << u"Le Journal d'Essai"_qs
            << QStringList{u"Par Jeanne Morel | Publi\u00e9 le 12 f\u00e9vrier 2025 \u00e0 18h40"_qs, u"Source : Le Journal d'Essai"_qs};
        QTest::addRow("Quelle and Fuente")
            << u"Ein Testtitel\nVon Jonas Becker, 14. Juni 2025\n\nText.\nQuelle: Testblatt"_qs
            << u"Ein Testtitel"_qs << u"Jonas Becker"_qs << u"2025-06-14"_qs << u"Testblatt"_qs
            << QStringList{u"Von Jonas Becker, 14. Juni 2025"_qs, u"Quelle: Testblatt"_qs};
        QTest::addRow("Fuente")
            << u"Un titular\nPor Luc\u00eda Navarro | 3 de marzo de 2025\n\nTexto.\n\nFuente: Diario de Prueba"_qs
            << u"Un titular"_qs << u"Luc\u00eda Navarro"_qs << u"2025-03-03"_qs << u"Diario de Prueba"_qs
            << QStringList{u"Por Luc\u00eda Navarro | 3 de marzo de 2025"_qs, u"Fuente: Diario de Prueba"_qs};
        QTest::addRow("Fonte inside a body line is not the outlet")
            << u"Titolo\n\nLa foto (Fonte: Getty Images) mostra il campus.\nUltima riga del testo."_qs
            << u"Titolo"_qs << QString() << QString() << QString() << QStringList{};
        QTest::addRow("no header at all")
            << u"Headline only\n\nThe body starts here and goes on."_qs << u"Headline only"_qs << QString()
            << QString() << QString() << QStringList{};
        QTest::addRow("byline on line 4 is body")
            << u"Titolo\nSottotitolo lungo\n\ndi Anna Ferraro | 1 aprile 2025"_qs << u"Titolo"_qs << QString()
            << QString() << QString() << QStringList{};
        QTest::addRow("date marker and byline: the byline is more precise")
            << u" date 2025-02 Titolo\ndi Anna Ferraro | 3 febbraio 2025\n\nTesto."_qs << u"Titolo"_qs
            << u"Anna Ferraro"_qs << u"2025-02-03"_qs << QString()
            << QStringList{u" date 2025-02"_qs, u"di Anna Ferraro | 3 febbraio 2025"_qs};
        QTest::addRow("CRLF already normalised, blank first lines")
            << u"\n\nTitolo\ndi Anna Ferraro | 3 febbraio 2025\n"_qs << u"Titolo"_qs << u"Anna Ferraro"_qs
            << u"2025-02-03"_qs << QString() << QStringList{u"di Anna Ferraro | 3 febbraio 2025"_qs};
    }

    void headers()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, published);
        QFETCH(QString, outlet);
        QFETCH(QStringList, metadata);
        const HeaderMetadata meta = parseHeader(text);
        QCOMPARE(meta.title, title);
        QCOMPARE(meta.author, author);
        QCOMPARE(meta.published, published);
        QCOMPARE(meta.outlet, outlet);
        QStringList ranges;
        for (const TextRange &r : meta.metadataRanges)
            ranges.append(text.sliced(r.start, r.length()));
        QCOMPARE(ranges, metadata);
    }

    void monthNamesComeFromIcu_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("month");
        QTest::addRow("it wide") << u"settembre"_qs << 9;
        QTest::addRow("it abbr") << u"set"_qs << 9;
        QTest::addRow("en wide") << u"August"_qs << 8;
        QTest::addRow("en abbr dot") << u"Aug."_qs << 8;
        QTest::addRow("fr wide") << u"ao\u00fbt"_qs << 8;
        QTest::addRow("fr abbr") << u"f\u00e9vr."_qs << 2;
        QTest::addRow("de wide") << u"Dezember"_qs << 12;
        QTest::addRow("de abbr") << u"Dez."_qs << 12;
        QTest::addRow("es wide") << u"diciembre"_qs << 12;
        QTest::addRow("es upper") << u"ENERO"_qs << 1;
        QTest::addRow("not a month") << u"capitale"_qs << 0;
    }

    void monthNamesComeFromIcu()
    {
        QFETCH(QString, word);
        QFETCH(int, month);
        QCOMPARE(HeaderLexicon::shared().month(word), month);
    }

    void lexiconLoads() { QVERIFY2(HeaderLexicon::shared().loadErrors().isEmpty(), qPrintable(HeaderLexicon::shared().loadErrors().join(u'\n'))); }
};

QTEST_GUILESS_MAIN(TestHeaderParser)
#include "tst_headerparser.moc"
