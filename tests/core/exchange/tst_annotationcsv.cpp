// deals.csv and amounts.csv: the columns in order, one row per deal or amount, quoting of
// commas, quotes and line breaks (RFC 4180), the sentence around an amount.

#include "exchangesamples.h"

#include "core/exchange/annotationcsv.h"

#include <QTest>

using namespace dealdesk;

class TestAnnotationCsv : public QObject
{
    Q_OBJECT

private:
    // A minimal RFC 4180 reader, for checking what the writer wrote.
    static QList<QStringList> parse(const QString &csv)
    {
        QList<QStringList> rows{{QString()}};
        bool quoted = false;
        for (qsizetype i = 0; i < csv.size(); ++i) {
            const QChar c = csv[i];
            if (quoted) {
                if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                    rows.last().last() += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    rows.last().last() += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                rows.last() << QString();
            } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
                ++i;
                rows << QStringList{QString()};
            } else {
                rows.last().last() += c;
            }
        }
        if (rows.last() == QStringList{QString()})
            rows.removeLast();
        return rows;
    }

private slots:
    void deals_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("en in talks, outlet with comma and quotes")
            << 1 << 0
            << QStringList{u"/press/en-quillon.txt"_qs, u"Quillon AI in talks for $120 million"_qs,
                           u"Ledger & Co, \"Daily\""_qs, u"2025-05-12T09:30"_qs,
                           u"Quillon AI, the start-up founded by Zoe\u0308 Lambert 👩‍💻, is in talks with Harbor Lane "
                           u"Ventures about a round of about $120 million, according to two people."_qs,
                           u"Harbor Lane Ventures"_qs, u"Quillon AI"_qs, u"USD"_qs, u"120000000"_qs, u"120000000"_qs,
                           u"approx"_qs, u"in_talks"_qs, QString(), u"pending"_qs, u"machine"_qs, QString()};
        QTest::addRow("en without amount, a note")
            << 1 << 1
            << QStringList{u"/press/en-quillon.txt"_qs, u"Quillon AI in talks for $120 million"_qs,
                           u"Ledger & Co, \"Daily\""_qs, u"2025-05-12T09:30"_qs, u"A sovereign fund may join later."_qs,
                           u"Nordvik Sovereign Fund"_qs, u"Quillon AI"_qs, QString(), QString(), QString(), QString(),
                           u"rumored"_qs, u"2025-05"_qs, u"rejected"_qs, u"person"_qs,
                           u"name from a source; not in the text"_qs};
        QTest::addRow("fr note with semicolon")
            << 2 << 0
            << QStringList{u"/press/fr-elan.txt"_qs, u"Élan Numérique mise sur Marseille"_qs, u"Le Réseau"_qs,
                           u"2025-06"_qs,
                           u"Le fonds Élan Numérique investira près de 2,5 milliards d'euros dans le centre de données "
                           u"Projet Cèdre à Marseille d'ici à 2027."_qs,
                           u"Élan Numérique"_qs, u"Cedar Project"_qs, u"EUR"_qs, u"2500000000"_qs, u"2500000000"_qs,
                           u"approx"_qs, u"planned"_qs, u"2027"_qs, u"accepted"_qs, u"person"_qs, u"montant; arrondi"_qs};
    }
    void deals()
    {
        QFETCH(int, index);
        QFETCH(int, row);
        QFETCH(QStringList, expected);
        const QList<QStringList> header = parse(dealsCsvHeader());
        QCOMPARE(header.size(), 1);
        QCOMPARE(header[0].size(), expected.size());
        QCOMPARE(header[0].first(), u"article"_qs);
        const QList<QStringList> rows = parse(dealsCsvRows(samples::articles().at(index)));
        QVERIFY(row < rows.size());
        QCOMPARE(rows[row], expected);
    }

    void amounts_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("firstRow");
        QTest::addRow("it: the sentence around, not the title")
            << 0 << 2
            << QStringList{u"/press/it-nebula-calcolo.txt"_qs, u"Nebula Calcolo raccoglie 40 milioni di euro"_qs,
                           u"Gazzetta dei Calcoli"_qs, u"2025-03-03"_qs,
                           u"Milano, 3 marzo 2025 — La società torinese Nebula Calcolo ha chiuso un round da 40 milioni "
                           u"di euro guidato da Fondo Aurora Capitale."_qs,
                           u"40 milioni di euro"_qs, u"EUR"_qs, u"40000000"_qs, u"40000000"_qs, u"exact"_qs,
                           u"investment"_qs, u"accepted"_qs, u"machine"_qs, QString()};
        QTest::addRow("fr: a range by a person")
            << 2 << 2
            << QStringList{u"/press/fr-elan.txt"_qs, u"Élan Numérique mise sur Marseille"_qs, u"Le Réseau"_qs,
                           u"2025-06"_qs,
                           u"Le fonds Élan Numérique investira près de 2,5 milliards d'euros dans le centre de données "
                           u"Projet Cèdre à Marseille d'ici à 2027."_qs,
                           u"près de 2,5 milliards d'euros"_qs, u"EUR"_qs, u"2500000000"_qs, u"2500000000"_qs,
                           u"approx"_qs, u"investment"_qs, u"accepted"_qs, u"machine"_qs, u"chiffre du communiqué"_qs};
    }
    void amounts()
    {
        QFETCH(int, index);
        QFETCH(int, rows);
        QFETCH(QStringList, firstRow);
        QCOMPARE(parse(amountsCsvHeader()).constFirst().size(), firstRow.size());
        const QList<QStringList> got = parse(amountsCsvRows(samples::articles().at(index)));
        QCOMPARE(got.size(), rows);
        QCOMPARE(got.constFirst(), firstRow);
    }

    void quotingIsRfc4180()
    {
        const QString rows = dealsCsvRows(samples::articles().at(1));
        // The outlet holds a comma and quotes: quoted, inner quotes doubled.
        QVERIFY2(rows.contains(u",\"Ledger & Co, \"\"Daily\"\"\","_qs), qPrintable(rows));
        QVERIFY(rows.endsWith(u"\r\n"_qs));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCsv)
#include "tst_annotationcsv.moc"
