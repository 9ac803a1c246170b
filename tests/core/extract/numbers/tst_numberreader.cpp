// NumberReader and the digit parser: digits with each language's separators, number words,
// scales and the long-scale false friends, and hostile input. Sentences written for this suite.

#include "core/extract/numbers/digitparser.h"
#include "core/extract/numbers/numberreader.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <memory>

using namespace dealdesk;

namespace {

ExtractionInput inputFor(const QString &language, const QString &text)
{
    Article article;
    article.text = text;
    article.language = language;
    return ExtractionInput::from(article, SentenceSplitter());
}

} // namespace

class TestNumberReader : public QObject
{
    Q_OBJECT

    std::map<QString, std::unique_ptr<NumberReader>> m_readers;

    const NumberReader &reader(const QString &language)
    {
        auto &slot = m_readers[language];
        if (!slot) {
            QStringList errors;
            slot = std::make_unique<NumberReader>(language, &errors);
            if (!errors.isEmpty())
                qWarning() << errors;
        }
        return *slot;
    }

    // The first number of `text`, read from the first token where one starts.
    std::optional<std::pair<QString, NumberMatch>> firstNumber(const QString &language, const QString &text,
                                                               bool withScale = true)
    {
        const ExtractionInput in = inputFor(language, text);
        for (qsizetype i = 0; i < in.tokens.size(); ++i) {
            if (const auto m = reader(language).readAt(in, i, withScale)) {
                const qsizetype start = in.tokens[m->firstToken].start;
                return std::make_pair(in.text.mid(start, in.tokens[m->endToken - 1].end - start), *m);
            }
        }
        return std::nullopt;
    }

private slots:
    void digits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        const auto add = [](const char *d, const char *mark, bool valid, double value) {
            QTest::addRow("%s (%s)", d, mark) << QString::fromUtf8(d) << QString::fromLatin1(mark) << valid << value;
        };
        add("1.200", ",", true, 1200);
        add("1,200", ".", true, 1200);
        add("1,5", ",", true, 1.5);
        add("1.5", ".", true, 1.5);
        add("1,200", ",", true, 1.2);   // Italian: a decimal comma
        add("4.3", ",", true, 4.3);     // an English decimal in German text
        add("1.200.000", ",", true, 1200000);
        add("1,200,000.50", ".", true, 1200000.5);
        add("1.200.000,50", ",", true, 1200000.5);
        add("1'200", ".", true, 1200);
        add("1’200’000", ".", true, 1200000);
        add("2024", ".", true, 2024);
        add("0,75", ",", true, 0.75);
        add("1.2.3", ",", false, 0);
        add("1,20,000", ".", false, 0);
        add("12345.678.9", ",", false, 0);
        add("1.200,50.3", ",", false, 0);
    }

    void digits()
    {
        QFETCH(QString, digits);
        QFETCH(QString, decimal);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto v = parseDigits(digits, decimal.front());
        QCOMPARE(v.has_value(), valid);
        if (valid) {
            QVERIFY(!v->overflow);
            QVERIFY2(qAbs(v->value - value) < 1e-9 * qMax(1.0, value), qPrintable(QString::number(v->value)));
        }
    }

    void overflowIsFlagged()
    {
        const auto v = parseDigits(QStringLiteral("999999999999999999999"), u',');
        QVERIFY(v && v->overflow);
        const auto exact = parseDigits(QStringLiteral("999999999999999"), u',');
        QVERIFY(exact && !exact->overflow);
        QCOMPARE(exact->value, 999999999999999.0);
    }

    void read_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("hasScale");
        const auto add = [](const char *lang, const char *text, const char *span, double value, bool scale) {
            QTest::addRow("%s: %s", lang, text) << QString::fromLatin1(lang) << QString::fromUtf8(text)
                                                << QString::fromUtf8(span) << value << scale;
        };
        add("it", "ne restano quattro", "quattro", 4, false);
        add("it", "sono venticinque", "venticinque", 25, false);
        add("it", "ha ventitré anni", "ventitré", 23, false);
        add("it", "ne servono ventuno", "ventuno", 21, false);
        add("it", "ben quattromila", "quattromila", 4000, false);
        add("it", "circa duecentocinquantamila", "duecentocinquantamila", 250000, false);
        add("it", "un miliardo di euro", "un miliardo", 1e9, true);
        add("it", "1,5 miliardi", "1,5 miliardi", 1.5e9, true);
        add("it", "1.200 milioni", "1.200 milioni", 1.2e9, true);
        add("it", "4 bilioni", "4 bilioni", 4e12, true);
        add("it", "migliaia di miliardi? due migliaia di miliardi", "due migliaia di miliardi", 2e12, true);
        add("it", "oltre i 2mila miliardi", "2mila miliardi", 2e12, true);
        add("it", "4,3 mld", "4,3 mld", 4.3e9, true);
        add("it", "132 mln", "132 mln", 132e6, true);
        add("it", "tre e mezzo", "tre e mezzo", 3.5, false);
        add("it", "10 000 dollari", "10 000", 10000, false);
        add("it", "nel 2024", "2024", 2024, false);
        add("en", "twenty-five", "twenty-five", 25, false);
        add("en", "a billion dollars", "a billion", 1e9, true);
        add("en", "one hundred and twenty five thousand", "one hundred and twenty five thousand", 125000, false);
        add("en", "$1.5 billion", "1.5 billion", 1.5e9, true);
        add("en", "1,200 million", "1,200 million", 1.2e9, true);
        add("en", "$62B", "62B", 62e9, true);
        add("en", "$500m", "500m", 500e6, true);
        add("en", "$10k", "10k", 10e3, true);
        add("en", "$3 trillion", "3 trillion", 3e12, true);
        add("en", "5 m long", "5", 5, false);
        add("en", "a $10-billion deal", "10-billion", 10e9, true);
        add("en", "-5 points", "-5", -5, false);
        add("fr", "dix milliards", "dix milliards", 10e9, true);
        add("fr", "quatre-vingt-dix", "quatre-vingt-dix", 90, false);
        add("fr", "soixante et onze", "soixante et onze", 71, false);
        add("fr", "vingt et un", "vingt et un", 21, false);
        add("fr", "deux cents", "deux cents", 200, false);
        add("fr", "6 Md€", "6 Md", 6e9, true);
        add("fr", "5 M€", "5 M", 5e6, true);
        add("fr", "2 billions d'euros", "2 billions", 2e12, true);
        add("fr", "1 200 salariés", "1 200", 1200, false);
        add("fr", "2\u202f000 salariés", "2\u202f000", 2000, false);
        add("fr", "1\u00a0500 postes", "1\u00a0500", 1500, false);
        add("de", "zweieinhalb Milliarden", "zweieinhalb Milliarden", 2.5e9, true);
        add("de", "einundzwanzig", "einundzwanzig", 21, false);
        add("de", "zweihundertfünfzig", "zweihundertfünfzig", 250, false);
        add("de", "eine Milliarde", "eine Milliarde", 1e9, true);
        add("de", "14,3 Mrd.", "14,3 Mrd.", 14.3e9, true);
        add("de", "200 Mio.", "200 Mio.", 200e6, true);
        add("de", "3 Billionen", "3 Billionen", 3e12, true);
        add("de", "1'200", "1'200", 1200, false);
        add("es", "mil millones", "mil millones", 1e9, true);
        add("es", "dos mil millones", "dos mil millones", 2e9, true);
        add("es", "60.000 millones", "60.000 millones", 60e9, true);
        add("es", "60 mil millones", "60 mil millones", 60e9, true);
        add("es", "veinticinco", "veinticinco", 25, false);
        add("es", "treinta y cinco", "treinta y cinco", 35, false);
        add("es", "quinientos", "quinientos", 500, false);
        add("es", "dos billones", "dos billones", 2e12, true);
        // A part of the scale after it, with a count or an article before it.
        add("en", "half a million", "half a million", 5e5, true);
        add("en", "half million usd", "half million", 5e5, true);
        add("en", "a quarter of a billion", "a quarter of a billion", 2.5e8, true);
        add("en", "three quarters billion", "three quarters billion", 7.5e8, true);
        add("en", "in the quarter a billion users", "a billion", 1e9, true);
        add("it", "mezzo milione", "mezzo milione", 5e5, true);
        add("it", "un quarto di miliardo", "un quarto di miliardo", 2.5e8, true);
        add("it", "tre quarti di miliardo", "tre quarti di miliardo", 7.5e8, true);
        add("fr", "un demi-milliard", "un demi-milliard", 5e8, true);
        add("fr", "trois quarts de milliard", "trois quarts de milliard", 7.5e8, true);
        add("de", "eine halbe Milliarde", "eine halbe Milliarde", 5e8, true);
        add("de", "drei Viertel einer Milliarde", "drei Viertel einer Milliarde", 7.5e8, true);
        add("es", "medio millón", "medio millón", 5e5, true);
        add("es", "un cuarto de millón", "un cuarto de millón", 2.5e5, true);
    }

    void read()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(double, value);
        QFETCH(bool, hasScale);
        const auto found = firstNumber(language, text);
        QVERIFY(found);
        QCOMPARE(found->first, span);
        QVERIFY2(qAbs(found->second.value - value) <= 1e-9 * qMax(1.0, qAbs(value)),
                 qPrintable(QString::number(found->second.value, 'f')));
        QCOMPARE(found->second.hasScale, hasScale);
        QVERIFY(!found->second.overflow);
    }

    void notNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addRow("article alone") << QStringLiteral("en") << QStringLiteral("a dog");
        QTest::addRow("un alone") << QStringLiteral("it") << QStringLiteral("un cane");
        QTest::addRow("mila alone") << QStringLiteral("it") << QStringLiteral("mila");
        QTest::addRow("letters glued") << QStringLiteral("en") << QStringLiteral("H100 chips");
        QTest::addRow("version") << QStringLiteral("en") << QStringLiteral("v1.2.3");
        QTest::addRow("half without a scale") << QStringLiteral("en") << QStringLiteral("the first half of the year");
        QTest::addRow("quarto without a scale") << QStringLiteral("it") << QStringLiteral("il quarto trimestre");
        QTest::addRow("halbe without a scale") << QStringLiteral("de") << QStringLiteral("eine halbe Stunde");
        QTest::addRow("word with number inside") << QStringLiteral("it") << QStringLiteral("setteceli");
    }

    void notNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const auto found = firstNumber(language, text);
        QVERIFY2(!found, qPrintable(found ? found->first : QString()));
    }

    void withoutScale()
    {
        const auto found = firstNumber(QStringLiteral("it"), QStringLiteral("25 miliardi"), false);
        QVERIFY(found);
        QCOMPARE(found->first, QStringLiteral("25"));
        QCOMPARE(found->second.value, 25.0);
        QVERIFY(!found->second.hasScale);
    }

    void scaleAlone()
    {
        const ExtractionInput in = inputFor(QStringLiteral("de"), QStringLiteral("15 und 25 Mrd. Euro"));
        const auto scale = reader(QStringLiteral("de")).scaleAt(in, 6);
        QVERIFY(scale);
        QCOMPARE(scale->first, 1e9);
    }

    void percent()
    {
        const ExtractionInput in = inputFor(QStringLiteral("it"), QStringLiteral("25 per cento"));
        QVERIFY(reader(QStringLiteral("it")).percentAt(in, 1) > 0);
        const ExtractionInput en = inputFor(QStringLiteral("en"), QStringLiteral("25% more"));
        QVERIFY(reader(QStringLiteral("en")).percentAt(en, 1) > 0);
    }

    void overflowThroughReader()
    {
        const auto found = firstNumber(QStringLiteral("it"), QStringLiteral("999999999999999999999 miliardi"));
        QVERIFY(found);
        QVERIFY(found->second.overflow);
        QVERIFY(!found->second.hasScale); // no scale read onto an unreadable number
    }

    void hostileInputIsLinear()
    {
        // 10,000 digits, a 1 MB word, a 1 MB run of number words: each read in linear time.
        const QStringList texts = {QString(10000, u'7'), QString(1 << 20, u'x'),
                                   QStringLiteral("venti").repeated(1 << 17),
                                   QStringLiteral("1.000").repeated(1 << 16), QStringLiteral("twenty ").repeated(1 << 16)};
        for (const QString &text : texts) {
            const ExtractionInput in = inputFor(QStringLiteral("it"), text);
            QElapsedTimer t;
            t.start();
            for (qsizetype i = 0; i < qMin<qsizetype>(in.tokens.size(), 2000); ++i)
                (void)reader(QStringLiteral("it")).readAt(in, i);
            QVERIFY2(t.elapsed() < 5000, qPrintable(text.left(20)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"
