// Deal patterns per language through the whole extractor (entities, amounts, dates, deals),
// on the team's own sentences: active and passive, rounds and their participants, joint
// investors, amount-target lists, status from verbs and modality, money that is no deal.
#include "core/extract/deals/dealextractor.h"
#include "core/extract/extractor.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace dealdesk;

namespace {

// "investor>target amount status" per deal, in the extractor's order, joined by " | ".
QString describe(const QList<Deal> &deals)
{
    QStringList parts;
    for (const Deal &d : deals) {
        QString amount = QStringLiteral("-");
        if (d.money) {
            amount = d.money->low == d.money->high
                ? QStringLiteral("%1%2").arg(d.money->low, 0, 'g', 4).arg(d.money->currency)
                : QStringLiteral("%1..%2%3").arg(d.money->low, 0, 'g', 4).arg(d.money->high, 0, 'g', 4).arg(d.money->currency);
        }
        parts << QStringLiteral("%1>%2 %3 %4").arg(d.investor, d.target, amount, toString(d.status));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestDealExtractor : public QObject
{
    Q_OBJECT

    std::unique_ptr<Extractor> m_extractor;

    void addRows(const char *language, const QList<QPair<const char *, const char *>> &rows)
    {
        int n = 0;
        for (const auto &[text, expected] : rows) {
            QTest::addRow("%s-%02d", language, ++n)
                << QString::fromLatin1(language) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        }
    }

    [[nodiscard]] Findings run(const QString &language, const QString &text) const
    {
        Article a;
        a.language = language;
        a.published = QStringLiteral("2025-03-10");
        a.text = text;
        return m_extractor->run(a);
    }

private slots:
    void initTestCase() { m_extractor = std::make_unique<Extractor>(); }

    void cueListsLoadWithoutErrors()
    {
        QStringList errors;
        const DealExtractor deals(lexiconLanguages(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void deals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRows("it", {
            {"\nNvidia investe 2 miliardi di dollari in Anthropic.", "Nvidia>Anthropic 2e+09USD announced"},
            {"\nNel 2023 Microsoft ha investito 500 milioni di euro in Mistral AI.",
             "Microsoft>Mistral AI 5e+08EUR completed"},
            {"\nSoftBank sta negoziando un investimento da 3 miliardi di dollari in Anthropic.",
             "SoftBank>Anthropic 3e+09USD in_talks"},
            {"\nAmazon potrebbe investire fino a 1 miliardo di euro in Helsing.", "Amazon>Helsing 1e+09EUR planned"},
            {"\nSecondo indiscrezioni, Apple investirà 700 milioni di dollari in Perplexity.",
             "Apple>Perplexity 7e+08USD rumored"},
            {"\nLa startup Veltrion ha raccolto 40 milioni di euro in un round guidato da Borealis Capital e Sequoia Capital.",
             ">Veltrion 4e+07EUR completed | Borealis Capital>Veltrion - completed | Sequoia Capital>Veltrion - completed"},
            {"\nNvidia e Samsung investono 100 milioni di euro in Aleph Alpha.",
             "Nvidia>Aleph Alpha - announced | Samsung>Aleph Alpha - announced"},
            {"\nL'anno scorso Anthropic ha raccolto 4 miliardi di dollari. Al round hanno aderito anche Google e Salesforce.",
             ">Anthropic 4e+09USD completed | Google>Anthropic - completed | Salesforce>Anthropic - completed"},
            {"\nMicrosoft ha promesso 2 miliardi di euro alla Spagna e 3 miliardi di euro alla Germania.",
             "Microsoft>Spain 2e+09EUR announced | Microsoft>Germany 3e+09EUR announced"},
            {"\nOpenAI, sostenuta da Microsoft, cresce ancora.", "Microsoft>OpenAI - completed"},
            {"\nOpenAI è stata valutata 300 miliardi di dollari.", ""},
            {"\nNvidia ha registrato ricavi per 130 miliardi di dollari.", ""},
            {"\nNvidia e Samsung hanno partecipato al round di Mistral AI.",
             "Nvidia>Mistral AI - completed | Samsung>Mistral AI - completed"},
            {"\nAnthropic ha raccolto 10 miliardi di dollari. Una parte, circa 2 miliardi di dollari, andrà a Project Rainier.",
             ">Anthropic 1e+10USD completed | Anthropic>Project Rainier 2e+09USD announced"},
            {"\nHelsing ha raccolto 600 milioni di euro. All'operazione hanno partecipato anche Accel e Lightspeed.",
             ">Helsing 6e+08EUR completed | Accel>Helsing - completed | Lightspeed Venture Partners>Helsing - completed"},
            {"\nAmazon investirà 2 miliardi di dollari in Anthropic, che potrebbe quotarsi in borsa.",
             "Amazon>Anthropic 2e+09USD announced"},
        });
        addRows("en", {
            {"\nAmazon will invest $4 billion in Anthropic.", "Amazon>Anthropic 4e+09USD announced"},
            {"\nHelsing raised $500 million in a round led by General Catalyst.",
             ">Helsing 5e+08USD completed | General Catalyst>Helsing - completed"},
            {"\nGoogle is in talks to invest $2 billion in Character.AI.", "Google>Character.AI 2e+09USD in_talks"},
            {"\nMeta reportedly plans to take a stake in Scale AI.", "Meta>Scale AI - rumored"},
            {"\nNvidia plans to invest $1 billion in xAI.", "Nvidia>xAI 1e+09USD planned"},
            {"\nCohere has raised $500 million. The round was led by Radical Ventures and included Oracle, Nvidia and Salesforce Ventures.",
             ">Cohere 5e+08USD completed | Radical Ventures>Cohere - completed | Oracle>Cohere - completed"
             " | Nvidia>Cohere - completed | Salesforce Ventures>Cohere - completed"},
            {"\nPerplexity closed a $500 million round. Nvidia added $50 million, SoftBank $30 million and Accel $20 million.",
             ">Perplexity 5e+08USD completed | Nvidia>Perplexity 5e+07USD completed | SoftBank>Perplexity 3e+07USD completed"
             " | Accel>Perplexity 2e+07USD completed"},
            {"\nMicrosoft and Nvidia will invest in Anthropic.",
             "Microsoft>Anthropic - announced | Nvidia>Anthropic - announced"},
            {"\nAnthropic, backed by Amazon and Google, hired more staff.",
             "Amazon>Anthropic - completed | Google>Anthropic - completed"},
            {"\nDatabricks is valued at $62 billion after the sale.", ""},
            {"\nxAI expects revenue of $500 million this year.", ""},
            {"\nMicrosoft invested $1 billion in OpenAI, according to people familiar with the matter.",
             "Microsoft>OpenAI 1e+09USD rumored"},
        });
        addRows("fr", {
            {"\nMistral AI a levé 600 millions d'euros auprès de General Catalyst.",
             ">Mistral AI 6e+08EUR completed | General Catalyst>Mistral AI - completed"},
            {"\nAmazon investira 1 milliard d'euros en France.", "Amazon>France 1e+09EUR announced"},
            {"\nBrookfield prévoit d'investir 20 milliards d'euros en France.", "Brookfield>France 2e+10EUR planned"},
            {"\nSelon des sources, Nvidia aurait investi 100 millions d'euros dans H Company.",
             "Nvidia>H Company 1e+08EUR rumored"},
            {"\nMicrosoft négocie un investissement de 2 milliards d'euros dans Mistral AI.",
             "Microsoft>Mistral AI 2e+09EUR in_talks"},
            {"\nLa start-up Orvanel a levé 30 millions d'euros lors d'un tour de table mené par Eurazeo et Bpifrance.",
             ">Orvanel 3e+07EUR completed | Eurazeo>Orvanel - completed | Bpifrance>Orvanel - completed"},
            {"\nLes Émirats arabes unis financeront en France un campus de 30 milliards d'euros.",
             "United Arab Emirates>France 3e+10EUR announced"},
            {"\nMistral AI, soutenue par Nvidia, recrute.", "Nvidia>Mistral AI - completed"},
            {"\nLa start-up Orvanel a levé 20 millions d'euros aux côtés de Bpifrance et de Partech.",
             ">Orvanel 2e+07EUR completed | Bpifrance>Orvanel - completed | Partech>Orvanel - completed"},
            {"\nMicrosoft a promis 4 milliards d'euros à l'Allemagne et 2 milliards d'euros à l'Espagne.",
             "Microsoft>Germany 4e+09EUR announced | Microsoft>Spain 2e+09EUR announced"},
            {"\nMistral AI est valorisée 6 milliards d'euros.", ""},
            {"\nLe chiffre d'affaires d'Iliad atteint 10 milliards d'euros.", ""},
        });
        addRows("de", {
            {"\nMeta übernimmt 49 Prozent an Scale AI für 14 Milliarden Dollar.", "Meta>Scale AI 1.4e+10USD announced"},
            {"\nAleph Alpha sammelte 500 Millionen Dollar ein.", ">Aleph Alpha 5e+08USD completed"},
            {"\nSAP investiert 100 Millionen Euro in Aleph Alpha.", "SAP>Aleph Alpha 1e+08EUR announced"},
            {"\nNach Medienberichten investiert Amazon 2 Milliarden Euro in Helsing.", "Amazon>Helsing 2e+09EUR rumored"},
            {"\nNvidia verhandelt über eine Investition von 1 Milliarde Euro in Black Forest Labs.",
             "Nvidia>Black Forest Labs 1e+09EUR in_talks"},
            {"\nMicrosoft plant, 3 Milliarden Euro in Deutschland zu investieren.", "Microsoft>Germany 3e+09EUR planned"},
            {"\nHelsing erhielt 450 Millionen Euro, angeführt von General Catalyst.",
             ">Helsing 4.5e+08EUR completed | General Catalyst>Helsing - completed"},
            {"\nDeepL, unterstützt von Index Ventures, wächst.", "Index Ventures>DeepL - completed"},
            {"\nSAP und Siemens investieren in Aleph Alpha.", "SAP>Aleph Alpha - announced | Siemens>Aleph Alpha - announced"},
            {"\nHelsing sammelte 450 Millionen Euro ein. Auch Accel und der Siemens-Konzern beteiligten sich.",
             ">Helsing 4.5e+08EUR completed | Accel>Helsing - completed | Siemens>Helsing - completed"},
            {"\nScale AI wird mit 29 Milliarden Dollar bewertet.", ""},
            {"\nMeta setzte 42 Milliarden Dollar um.", ""},
        });
        addRows("es", {
            {"\nTelefónica invertirá 500 millones de euros en Multiverse Computing.",
             "Telefónica>Multiverse Computing 5e+08EUR announced"},
            {"\nMultiverse Computing recaudó 189 millones de euros en una ronda liderada por Bullhound Capital.",
             ">Multiverse Computing 1.89e+08EUR completed | Bullhound Capital>Multiverse Computing - completed"},
            {"\nAmazon podría invertir 1.000 millones de euros en España.", "Amazon>Spain 1e+09EUR planned"},
            {"\nSegún fuentes, Microsoft invierte 300 millones de euros en Freepik.",
             "Microsoft>Freepik 3e+08EUR rumored"},
            {"\nGoogle negocia una inversión de 200 millones de euros en Freepik.", "Google>Freepik 2e+08EUR in_talks"},
            {"\nMicrosoft invirtió 100 millones de euros en Multiverse Computing.",
             "Microsoft>Multiverse Computing 1e+08EUR completed"},
            {"\nFreepik, respaldada por EQT, crece.", "EQT>Freepik - completed"},
            {"\nIberdrola y Santander invierten en Multiverse Computing.",
             "Iberdrola>Multiverse Computing - announced | Santander>Multiverse Computing - announced"},
            {"\nMicrosoft destinará 2.000 millones de euros a España y 1.000 millones de euros a Portugal.",
             "Microsoft>Spain 2e+09EUR announced | Microsoft>Portugal 1e+09EUR announced"},
            {"\nLa empresa Freepik está valorada en 1.000 millones de euros.", ""},
            {"\nTelefónica ingresó 40.000 millones de euros en ventas.", ""},
        });
    }

    void deals()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(run(language, text).deals), expected);
    }

    void dealDateComesFromTheSentenceOrThePublication()
    {
        const Findings f = run(QStringLiteral("en"), QStringLiteral("\nIn June 2024 Nvidia invested $1 billion in xAI.\n"
                                                                   "\nAmazon will invest $4 billion in Anthropic.\n"));
        QCOMPARE(f.deals.size(), 2);
        QCOMPARE(f.deals[0].date, QStringLiteral("2024-06"));
        QCOMPARE(f.deals[1].date, QStringLiteral("2025-03-10"));
    }

    void evidenceIsTheSentence()
    {
        const QString text = QStringLiteral("\nIntro line.\n\nAmazon will invest $4 billion in Anthropic. Nothing else.");
        const Findings f = run(QStringLiteral("en"), text);
        QCOMPARE(f.deals.size(), 1);
        QVERIFY(text.mid(f.deals[0].evidence.start, f.deals[0].evidence.length()).startsWith(QStringLiteral("Amazon will")));
    }

    void robustInputs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("overflowing amount") << QStringLiteral("Amazon investirà 999999999999999999999 miliardi in Anthropic.");
        QTest::newRow("10k digits") << (QStringLiteral("Amazon investe ") + QString(10000, u'9') + QStringLiteral(" euro in Anthropic."));
        QTest::newRow("1 MB line") << QString(1 << 20, u'a');
        QTest::newRow("many cues") << QStringLiteral("Amazon investe in Anthropic e Google investe in OpenAI, ").repeated(5000);
        QTest::newRow("lone surrogate") << (QStringLiteral("Amazon investe ") + QChar(0xD800) + QStringLiteral(" in Anthropic."));
        QTest::newRow("control characters") << QStringLiteral("Amazon\x01 investe\x1b in\x7f Anthropic");
    }

    void robustInputs()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const Findings f = run(QStringLiteral("it"), text);
        QVERIFY2(timer.elapsed() < 10000, "too slow");
        for (const Deal &d : f.deals) {
            QVERIFY(!d.investor.isEmpty() || !d.target.isEmpty());
            if (d.money) {
                QVERIFY(d.money->low <= d.money->high);
                QVERIFY(d.money->low >= 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDealExtractor)
#include "tst_dealextractor.moc"
