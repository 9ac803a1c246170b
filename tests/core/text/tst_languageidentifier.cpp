#include "core/text/languageidentifier.h"

#include <QTest>

using namespace dealdesk;

class TestLanguageIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void identifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");

        QTest::addRow("it sentence") << u"La societ\u00e0 ha chiuso un accordo con due fondi per finanziare la crescita nei prossimi anni."_qs << u"it"_qs;
        QTest::addRow("en sentence") << u"The company said it would use the money to hire engineers and open an office in Berlin."_qs << u"en"_qs;
        QTest::addRow("fr sentence") << u"L'entreprise a annonc\u00e9 qu'elle allait doubler ses effectifs d'ici la fin de l'ann\u00e9e."_qs << u"fr"_qs;
        QTest::addRow("de sentence") << u"Das Unternehmen will mit dem Geld die Entwicklung seiner Chips beschleunigen, sagte der Chef."_qs << u"de"_qs;
        QTest::addRow("es sentence") << u"La empresa ha cerrado una ronda de financiaci\u00f3n con varios fondos y prev\u00e9 abrir nuevas oficinas."_qs << u"es"_qs;
        QTest::addRow("it headline") << u"Il fondo investe nella startup milanese"_qs << u"it"_qs;
        QTest::addRow("en headline") << u"Chipmaker raises $2 billion as demand for the servers grows"_qs << u"en"_qs;
        QTest::addRow("fr headline") << u"La start-up l\u00e8ve des fonds pour ses robots"_qs << u"fr"_qs;
        QTest::addRow("de headline") << u"Start-up sammelt Millionen f\u00fcr die KI-Plattform ein"_qs << u"de"_qs;
        QTest::addRow("es headline") << u"La empresa recauda millones para su plataforma"_qs << u"es"_qs;
        QTest::addRow("it with English names")
            << u"Secondo Bloomberg, Data Cloud Systems e Alpha Compute Partners hanno firmato un accordo: la startup "
               "Deep Reasoning Labs ricever\u00e0 capitali da Global Venture Fund e Silicon Growth Capital."_qs
            << u"it"_qs;
        QTest::addRow("de with English names")
            << u"Die Investoren Blue Harbor Capital und Northern Light Ventures beteiligen sich an der Runde von Open Machine Works."_qs
            << u"de"_qs;
        QTest::addRow("apostrophes") << u"Dell'accordo si parla nell'ultima relazione dell'azienda"_qs << u"it"_qs;
    }

    void identifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const LanguageGuess guess = LanguageIdentifier::shared().identify(text);
        QCOMPARE(guess.language, language);
        QVERIFY(guess.confidence > 0.0 && guess.confidence <= 1.0);
    }

    void undecidable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("names only") << u"OpenAI Microsoft Nvidia"_qs;
        QTest::addRow("numbers") << u"2025 12,5 $40"_qs;
        QTest::addRow("one shared word") << u"la"_qs;
        QTest::addRow("Japanese") << u"\u4eca\u65e5\u306f\u826f\u3044\u5929\u6c17\u3067\u3059"_qs;
    }

    void undecidable()
    {
        QFETCH(QString, text);
        const LanguageGuess guess = LanguageIdentifier::shared().identify(text);
        QCOMPARE(guess.language, QString());
        QCOMPARE(guess.confidence, 0.0);
    }

    void lexiconsLoad()
    {
        const LanguageIdentifier &id = LanguageIdentifier::shared();
        QVERIFY2(id.loadErrors().isEmpty(), qPrintable(id.loadErrors().join(u'\n')));
        for (const char16_t *lang : {u"it", u"en", u"fr", u"de", u"es"})
            QVERIFY(id.languages().contains(QString::fromUtf16(lang)));
    }
};

QTEST_GUILESS_MAIN(TestLanguageIdentifier)
#include "tst_languageidentifier.moc"
