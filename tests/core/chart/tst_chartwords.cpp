// The chart's words as data: a language's template, English for a key it lacks, plural forms
// by ICU's rules, lists joined as the language joins them; every language file keeps the
// English keys' placeholders.
#include "core/chart/chartwords.h"
#include "core/extract/tsvtable.h"

#include <QRegularExpression>
#include <QTest>

using namespace dealdesk;

namespace {

TsvTable table(const QString &content)
{
    return *TsvTable::parse(u"key\ttext\n"_qs + content, u"test"_qs);
}

// "%1", "%3": the placeholders a template fills.
QStringList placeholders(const QString &text)
{
    QStringList out;
    static const QRegularExpression mark(u"%[1-9]"_qs);
    for (auto it = mark.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestChartWords : public QObject
{
    Q_OBJECT

private slots:
    void fallback_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("count"); // -1: not a count
        QTest::addColumn<QString>("expected");
        const QString own = u"title\tIl titolo di %1\nthings.one\t%1 cosa\nthings.other\t%1 cose\n"_qs;
        QTest::addRow("own template") << u"it"_qs << u"title"_qs << qint64(-1) << u"Il titolo di Ada"_qs;
        QTest::addRow("missing key: English") << u"it"_qs << u"subtitle"_qs << qint64(-1) << u"A subtitle for Ada"_qs;
        QTest::addRow("unknown key: the key") << u"it"_qs << u"nowhere"_qs << qint64(-1) << u"nowhere"_qs;
        QTest::addRow("it one") << u"it"_qs << u"things"_qs << qint64(1) << u"1 cosa"_qs;
        QTest::addRow("it other, grouped") << u"it"_qs << u"things"_qs << qint64(1200) << u"1.200 cose"_qs;
        QTest::addRow("it zero is other") << u"it"_qs << u"things"_qs << qint64(0) << u"0 cose"_qs;
        // French counts 0 as one; a million is ICU's "many", which falls back to "other".
        QTest::addRow("fr zero is one") << u"fr"_qs << u"things"_qs << qint64(0) << u"0 cosa"_qs;
        QTest::addRow("fr many is other") << u"fr"_qs << u"things"_qs << qint64(1000000) << u"1 000 000 cose"_qs;
        QTest::addRow("count missing: English") << u"it"_qs << u"deals"_qs << qint64(2) << u"2 deals"_qs;
    }

    void fallback()
    {
        QFETCH(QString, locale);
        QFETCH(QString, key);
        QFETCH(qint64, count);
        QFETCH(QString, expected);
        const ChartWords words(locale,
                               table(u"title\tIl titolo di %1\nthings.one\t%1 cosa\nthings.other\t%1 cose\n"_qs),
                               table(u"title\tThe title of %1\nsubtitle\tA subtitle for %1\n"
                                     "deals.one\t%1 deal\ndeals.other\t%1 deals\n"_qs));
        const QString got = count < 0 ? words.text(key, {u"Ada"_qs}) : words.count(key, count);
        QCOMPARE(QString(got).replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' '), expected);
    }

    void files_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("list");
        QTest::addRow("en") << u"en"_qs << u"The largest AI deals"_qs << u"A, B, and C"_qs;
        QTest::addRow("it") << u"it-IT"_qs << u"Le maggiori operazioni nell'IA"_qs << u"A, B e C"_qs;
        QTest::addRow("fr") << u"fr"_qs << u"Les plus grosses opérations dans l'IA"_qs << u"A, B et C"_qs;
        QTest::addRow("de") << u"de_DE"_qs << u"Die größten KI-Deals"_qs << u"A, B und C"_qs;
        QTest::addRow("es") << u"es"_qs << u"Las mayores operaciones de IA"_qs << u"A, B y C"_qs;
        QTest::addRow("ja: English words") << u"ja"_qs << u"The largest AI deals"_qs << u"A、B、C"_qs;
    }

    void files()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, list);
        const ChartWords words(locale);
        QCOMPARE(words.text(u"title.sizes.deal"_qs), title);
        QCOMPARE(words.list({u"A"_qs, u"B"_qs, u"C"_qs}), list);
    }

    // Each language's file: only English keys, with English's placeholders; a key English
    // counts is counted there too (at least an "other" form).
    void languagesKeepThePlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : lexiconLanguages()) {
            if (language != u"en" && QFile::exists(lexiconPath(language, u"chart_text"_qs)))
                QTest::addRow("%s", qPrintable(language)) << language;
        }
    }

    void languagesKeepThePlaceholders()
    {
        QFETCH(QString, language);
        QString error;
        const auto english = TsvTable::load(lexiconPath(u"en"_qs, u"chart_text"_qs), &error);
        QVERIFY2(english, qPrintable(error));
        const auto own = TsvTable::load(lexiconPath(language, u"chart_text"_qs), &error);
        QVERIFY2(own, qPrintable(error));
        QHash<QString, QString> englishTexts;
        QSet<QString> counted;
        for (qsizetype r = 0; r < english->rowCount(); ++r) {
            const QString key = english->value(r, u"key"_qs);
            englishTexts.insert(key, english->value(r, u"text"_qs));
            if (key.endsWith(u".other"_qs))
                counted.insert(key.chopped(6));
        }
        QSet<QString> ownKeys;
        for (qsizetype r = 0; r < own->rowCount(); ++r) {
            QString key = own->value(r, u"key"_qs);
            const QString text = own->value(r, u"text"_qs);
            QVERIFY2(!text.isEmpty(), qPrintable(key));
            ownKeys.insert(key);
            // A plural form ICU has and English lacks ("few", "many") is checked against "other".
            const QString base = key.section(u'.', 0, -2);
            if (!englishTexts.contains(key) && counted.contains(base))
                key = base + u".other"_qs;
            QVERIFY2(englishTexts.contains(key), qPrintable(language + u": unknown key "_qs + key));
            QCOMPARE(placeholders(text), placeholders(englishTexts.value(key)));
        }
        for (const QString &base : std::as_const(counted))
            QVERIFY2(!ownKeys.contains(base + u".one"_qs) || ownKeys.contains(base + u".other"_qs), qPrintable(base));
    }
};

QTEST_GUILESS_MAIN(TestChartWords)
#include "tst_chartwords.moc"
