// Entity spans, types and canonical names per language, learned names, and inputs that must
// neither crash nor slow the extractor. Sentences are the team's own.
#include "core/extract/entities/entityextractor.h"
#include "core/extract/extractioninput.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace dealdesk;

namespace {

ExtractionInput inputFor(const QString &language, const QString &text)
{
    Article a;
    a.language = language;
    a.text = text;
    return ExtractionInput::from(a, SentenceSplitter());
}

// "TYPE text=canonical" per mention, in text order, joined by " | ".
QString describe(const QList<EntityMention> &mentions)
{
    QStringList parts;
    for (const EntityMention &m : mentions)
        parts << QStringLiteral("%1 %2=%3").arg(toString(m.type), m.text, m.canonical);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestEntityExtractor : public QObject
{
    Q_OBJECT

    std::unique_ptr<EntityExtractor> m_extractor;

    void addRows(const char *language, const QList<QPair<const char *, const char *>> &rows)
    {
        int n = 0;
        for (const auto &[text, expected] : rows) {
            QTest::addRow("%s-%02d", language, ++n)
                << QString::fromLatin1(language) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        }
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_extractor = std::make_unique<EntityExtractor>(lexiconLanguages(), QList<LearnedName>{}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRows("it", {
            {"Il fondo ha scelto Anthropic per il suo primo investimento.", "ORG Anthropic=Anthropic"},
            {"Open AI e OpenAI sono la stessa società.", "ORG Open AI=OpenAI | ORG OpenAI=OpenAI"},
            {"Alphabet controlla Google da anni.", "ORG Alphabet=Google | ORG Google=Google"},
            {"La sede è a Milano, non a Roma.", "PLACE Milano=Milan | PLACE Roma=Rome"},
            {"L'Italia e la Francia firmano un patto.", "PLACE Italia=Italy | PLACE Francia=France"},
            {"Gli Stati Uniti guardano alla Cina.", "PLACE Stati Uniti=United States | PLACE Cina=China"},
            {"Negli EAU nasce un nuovo campus.", "PLACE EAU=United Arab Emirates"},
            {"La UE approva il piano.", "ORG UE=European Union"},
            {"Un gruppo statunitense e uno cinese trattano.", ""},
            {"Mistral AI cresce. Mistral assume ingegneri.", "ORG Mistral AI=Mistral AI | ORG Mistral=Mistral AI"},
            {"L'amministratore delegato Ottavio Ferrantelli ha parlato ieri.",
             "PERSON Ottavio Ferrantelli=Ottavio Ferrantelli"},
            {"Secondo Giulia Marchetti il mercato crescerà.", "PERSON Giulia Marchetti=Giulia Marchetti"},
            {"Intanto Scale AI assume.", "ORG Scale AI=Scale AI"},
            {"Ne parla la startup Quantalys, nata a Torino.", "ORG Quantalys=Quantalys | PLACE Torino=Turin"},
            {"Investe anche Borgovalle Capital.", "ORG Borgovalle Capital=Borgovalle Capital"},
            {"La metà dei fondi va in Europa.", "PLACE Europa=Europe"},
            {"Il modello R1 di DeepSeek sfida ChatGPT.",
             "PRODUCT R1=DeepSeek R1 | ORG DeepSeek=DeepSeek | PRODUCT ChatGPT=ChatGPT"},
            {"Il progetto Stargate vale miliardi.", "PROJECT Stargate=Stargate"},
            {"Cassa Depositi e Prestiti sostiene CDP Venture Capital.",
             "ORG Cassa Depositi e Prestiti=Cassa Depositi e Prestiti | ORG CDP Venture Capital=CDP Venture Capital"},
            {"Ieri Sam Altman ha incontrato i ministri; Altman è ottimista.",
             "PERSON Sam Altman=Sam Altman | PERSON Altman=Sam Altman"},
            {"Foto: Getty Images", "ORG Getty Images=Getty Images"},
            {"I chip H100 di Nvidia sono introvabili.", "PRODUCT H100=H100 | ORG Nvidia=Nvidia"},
        });
        addRows("en", {
            {"OpenAI's biggest backer is Microsoft.", "ORG OpenAI=OpenAI | ORG Microsoft=Microsoft"},
            {"OpenAI Inc. said little.", "ORG OpenAI Inc=OpenAI"},
            {"SoftBank Group Corp. is based in Tokyo.", "ORG SoftBank Group Corp=SoftBank | PLACE Tokyo=Tokyo"},
            {"American investors like the UK market.", "PLACE UK=United Kingdom"},
            {"The US and the EU disagree.", "PLACE US=United States | ORG EU=European Union"},
            {"Backers include Harwell Ventures and Pinecrest Partners.",
             "ORG Harwell Ventures=Harwell Ventures | ORG Pinecrest Partners=Pinecrest Partners"},
            {"Chief executive Marlon Tebbutt declined to comment.", "PERSON Marlon Tebbutt=Marlon Tebbutt"},
            {"Rebecca Oyelaran, an analyst, disagrees.", "PERSON Rebecca Oyelaran=Rebecca Oyelaran"},
            {"However, analysts expect more.", ""},
            {"Elon Musk's xAI hired again. Musk said so.",
             "PERSON Elon Musk=Elon Musk | ORG xAI=xAI | PERSON Musk=Elon Musk"},
            {"Thrive Capital led. Thrive also joined the next round.",
             "ORG Thrive Capital=Thrive Capital | ORG Thrive=Thrive Capital"},
            {"Amazon Web Services competes with Azure.", "ORG Amazon Web Services=Amazon Web Services | PRODUCT Azure=Azure"},
            {"The data will meta-analyse nothing.", ""},
            {"Meta trains Llama models.", "ORG Meta=Meta | PRODUCT Llama=Llama"},
            {"The company is based in San Francisco.", "PLACE San Francisco=San Francisco"},
            {"Singapore's GIC joined.", "PLACE Singapore=Singapore | ORG GIC=GIC"},
            {"Google DeepMind and Anthropic compete.", "ORG Google DeepMind=Google DeepMind | ORG Anthropic=Anthropic"},
            {"The Information reported it first.", "ORG The Information=The Information"},
            {"Chinese AI labs are catching up.", ""},
            {"the start-up Veltrion raised money", "ORG Veltrion=Veltrion"},
            {"Mr Holloway said nothing.", "PERSON Holloway=Holloway"},
            {"Project Rainier is an Amazon cluster.", "PROJECT Project Rainier=Project Rainier | ORG Amazon=Amazon"},
            {"Investors backed NeuroForge and the iPhone maker.", "ORG NeuroForge=NeuroForge | PRODUCT iPhone=iPhone"},
            {"It uses 5 kWh per PhD student.", ""},
        });
        addRows("fr", {
            {"La France et l'Allemagne investissent.", "PLACE France=France | PLACE Allemagne=Germany"},
            {"Les États-Unis et la Chine s'affrontent.", "PLACE États-Unis=United States | PLACE Chine=China"},
            {"Les Etats-Unis sans accent.", "PLACE Etats-Unis=United States"},
            {"Les Émirats arabes unis financent le projet.", "PLACE Émirats arabes unis=United Arab Emirates"},
            {"La Commission européenne a présenté InvestAI.",
             "ORG Commission européenne=European Commission | PROJECT InvestAI=InvestAI"},
            {"Le fonds canadien Brookfield investit.", "ORG Brookfield=Brookfield"},
            {"Le PDG Étienne Marchal a signé.", "PERSON Étienne Marchal=Étienne Marchal"},
            {"Mistral AI lance Le Chat.", "ORG Mistral AI=Mistral AI | PRODUCT Le Chat=Le Chat"},
            {"Ursula von der Leyen était à Paris.",
             "PERSON Ursula von der Leyen=Ursula von der Leyen | PLACE Paris=Paris"},
            {"Selon l'AFP, l'accord est proche.", "ORG AFP=AFP"},
            {"Un groupe américain et un fonds chinois.", ""},
            {"Mardi, le sommet a fermé.", ""},
            {"La start-up Orvanel a levé des fonds.", "ORG Orvanel=Orvanel"},
            {"Le groupe Lumeris Capital arrive à Lyon.", "ORG Lumeris Capital=Lumeris Capital | PLACE Lyon=Lyon"},
            {"Claire Vautrin, analyste, reste prudente.", "PERSON Claire Vautrin=Claire Vautrin"},
            {"L'UE et le Royaume-Uni négocient.", "ORG UE=European Union | PLACE Royaume-Uni=United Kingdom"},
            {"Amazon investit en Europe.", "ORG Amazon=Amazon | PLACE Europe=Europe"},
            {"Nvidia vend ses puces H20 en Chine.", "ORG Nvidia=Nvidia | PRODUCT H20=H20 | PLACE Chine=China"},
            {"Le projet Stargate vise 500 milliards.", "PROJECT Stargate=Stargate"},
            {"Emmanuel Macron a annoncé un plan. Macron insiste.",
             "PERSON Emmanuel Macron=Emmanuel Macron | PERSON Macron=Emmanuel Macron"},
        });
        addRows("de", {
            {"Meta übernimmt 49 Prozent von Scale AI.", "ORG Meta=Meta | ORG Scale AI=Scale AI"},
            {"Der Datendienstleisters Scale AI wächst.", "ORG Scale AI=Scale AI"},
            {"Scale AI wächst. Die Scale-Gründer feiern.", "ORG Scale AI=Scale AI | ORG Scale=Scale AI"},
            {"Der Preis in US-Dollar steigt.", ""},
            {"Die Google-Mutter Alphabet zahlt.", "ORG Google=Google | ORG Alphabet=Google"},
            {"Konzernchef Mark Zuckerberg spricht.", "PERSON Mark Zuckerberg=Mark Zuckerberg"},
            {"Vorstandschef Henning Albrechtsen sprach in München.",
             "PERSON Henning Albrechtsen=Henning Albrechtsen | PLACE München=Munich"},
            {"Deutschland und Frankreich kooperieren.", "PLACE Deutschland=Germany | PLACE Frankreich=France"},
            {"Die Vereinigten Staaten und China streiten.", "PLACE China=China"},
            {"Das französische Start-up Mistral AI sammelte Geld ein.", "ORG Mistral AI=Mistral AI"},
            {"Die EU-Kommission prüft den Deal.", "ORG EU-Kommission=European Commission"},
            {"Aleph Alpha aus Heidelberg braucht Kapital.", "ORG Aleph Alpha=Aleph Alpha | PLACE Heidelberg=Heidelberg"},
            {"Foto: dpa", "ORG dpa=dpa"},
            {"Nach Informationen von Reuters plant Google mehr.", "ORG Reuters=Reuters | ORG Google=Google"},
            {"Jana Kowalczyk, Analystin, bleibt skeptisch.", "PERSON Jana Kowalczyk=Jana Kowalczyk"},
            {"Im Januar investierte Helsing in Drohnen.", "ORG Helsing=Helsing"},
            {"Die Europäische Union fördert KI.", "ORG Europäische Union=European Union"},
            {"Die Hälfte geht nach Europa.", "PLACE Europa=Europe"},
            {"Die Modelle Llama und Claude konkurrieren.", "PRODUCT Llama=Llama | PRODUCT Claude=Claude"},
            {"Die Nordstern Ventures GmbH investiert.", "ORG Nordstern Ventures GmbH=Nordstern Ventures"},
        });
        addRows("es", {
            {"España y Francia firman un acuerdo.", "PLACE España=Spain | PLACE Francia=France"},
            {"Estados Unidos y China compiten.", "PLACE Estados Unidos=United States | PLACE China=China"},
            {"La Comisión Europea presentó el plan.", "ORG Comisión Europea=European Commission"},
            {"El consejero delegado Aurelio Sanchís habló ayer.", "PERSON Aurelio Sanchís=Aurelio Sanchís"},
            {"Telefónica invierte en Madrid.", "ORG Telefónica=Telefónica | PLACE Madrid=Madrid"},
            {"La startup Novaluz recauda fondos.", "ORG Novaluz=Novaluz"},
            {"Un grupo estadounidense compra una empresa china.", ""},
            {"Según Europa Press, el acuerdo sigue.", "ORG Europa Press=Europa Press"},
            {"Multiverse Computing nació en San Sebastián.",
             "ORG Multiverse Computing=Multiverse Computing | PLACE San Sebastián=San Sebastián"},
            {"La UE y el Reino Unido negocian.", "ORG UE=European Union | PLACE Reino Unido=United Kingdom"},
            {"OpenAI lanzó ChatGPT en Barcelona.", "ORG OpenAI=OpenAI | PRODUCT ChatGPT=ChatGPT | PLACE Barcelona=Barcelona"},
            {"Lucía Ferrer, analista, lo explica.", "PERSON Lucía Ferrer=Lucía Ferrer"},
            {"El fondo Altamar Capital participa.", "ORG Altamar Capital=Altamar Capital"},
            {"Microsoft y Nvidia invierten en Anthropic.",
             "ORG Microsoft=Microsoft | ORG Nvidia=Nvidia | ORG Anthropic=Anthropic"},
            {"Pedro Sánchez visitó Abu Dabi.", "PERSON Pedro Sánchez=Pedro Sánchez"},
            {"Los Emiratos Árabes Unidos invierten.", "PLACE Emiratos Árabes Unidos=United Arab Emirates"},
            {"Ayer Mistral AI presentó un modelo.", "ORG Mistral AI=Mistral AI"},
            {"La ministra Carmen Olmedo defendió el plan.", "PERSON Carmen Olmedo=Carmen Olmedo"},
            {"El BBVA y el Santander financian la ronda.", "ORG BBVA=BBVA | ORG Santander=Santander"},
            {"Sin embargo, el mercado duda.", ""},
        });
    }

    void mentions()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(m_extractor->extract(inputFor(language, text))), expected);
    }

    void spansPointIntoTheText()
    {
        const QString text = QStringLiteral("Ieri **Amazon** ha investito in Anthropic.");
        const auto found = m_extractor->extract(inputFor(QStringLiteral("it"), text));
        QCOMPARE(found.size(), 2);
        for (const EntityMention &m : found)
            QCOMPARE(text.mid(m.range.start, m.range.length()), m.text);
        QCOMPARE(found[0].range.start, 7);
    }

    void headlinesInTitleCaseMakeNoJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title case") << QStringLiteral("Why Investors Keep Betting Billions On Generative AI\n")
                                    << QString();
        QTest::newRow("all caps") << QStringLiteral("OPENAI RAISES MORE MONEY FROM MICROSOFT\n")
                                  << QStringLiteral("ORG OPENAI=OpenAI | ORG MICROSOFT=Microsoft");
        QTest::newRow("sentence start") << QStringLiteral("Nevertheless the deal closed. Nevertheless is a word.")
                                        << QString();
    }

    void headlinesInTitleCaseMakeNoJunk()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(m_extractor->extract(inputFor(QStringLiteral("en"), text))), expected);
    }

    // A brand's shape is read several units at a time: words that end the text (fewer units
    // left than one read takes), short and long words, and letters beyond ASCII.
    void brandShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("five units at the end") << QStringLiteral("Backed by QuoMo")
                                               << QStringLiteral("ORG QuoMo=QuoMo");
        QTest::newRow("eight units at the end") << QStringLiteral("Backed by KiloMesh")
                                                << QStringLiteral("ORG KiloMesh=KiloMesh");
        QTest::newRow("long word at the end") << QStringLiteral("Backed by VoltagridLabsNorth")
                                              << QStringLiteral("ORG VoltagridLabsNorth=VoltagridLabsNorth");
        QTest::newRow("inside a sentence") << QStringLiteral("Backed by KiloMesh and others.")
                                           << QStringLiteral("ORG KiloMesh=KiloMesh");
        QTest::newRow("small first letter") << QStringLiteral("They bought qPlanner")
                                            << QStringLiteral("ORG qPlanner=qPlanner");
        QTest::newRow("accented letters") << QStringLiteral("Backed by LumaVéra today")
                                          << QStringLiteral("ORG LumaVéra=LumaVéra");
        QTest::newRow("small letters only") << QStringLiteral("a wordwithoutcapitals at the end")
                                            << QString();
        QTest::newRow("a capital, then small letters")
            << QStringLiteral("They met Quintessentially") << QString();
        QTest::newRow("digits between") << QStringLiteral("they use abc12De tools")
                                        << QStringLiteral("ORG abc12De=abc12De");
        QTest::newRow("a mark, no letter") << QStringLiteral("they use abc-De tools") << QString();
    }

    void brandShapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(m_extractor->extract(inputFor(QStringLiteral("en"), text))), expected);
    }

    void learnedNamesAreMatchedFirst()
    {
        QStringList errors;
        const QList<LearnedName> learned{
            {QStringLiteral("Quirinale Robotics"), EntityType::Org, {QStringLiteral("QR Robotics")}},
            {QStringLiteral("Microsoft Italia"), EntityType::Org, {}},
        };
        const EntityExtractor withLearned(lexiconLanguages(), learned, &errors);
        QVERIFY(errors.isEmpty());
        const auto found = withLearned.extract(
            inputFor(QStringLiteral("it"), QStringLiteral("QR Robotics e Microsoft Italia firmano con Quirinale Robotics.")));
        QCOMPARE(describe(found), QStringLiteral("ORG QR Robotics=Quirinale Robotics | ORG Microsoft Italia=Microsoft Italia"
                                                 " | ORG Quirinale Robotics=Quirinale Robotics"));
    }

    void robustInputs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("1 MB without spaces") << QString(1 << 20, u'x');
        QTest::newRow("capitals without spaces") << QString(1 << 19, u'A');
        QTest::newRow("10k digits") << QString(10000, u'7');
        QTest::newRow("huge number word") << QStringLiteral("999999999999999999999 miliardi a OpenAI");
        QTest::newRow("lone surrogates") << (QStringLiteral("OpenAI ") + QChar(0xD800) + QStringLiteral(" Microsoft ")
                                             + QChar(0xDC00));
        QTest::newRow("control characters") << QStringLiteral("Open\x01" "AI \x07 Microsoft\x1b[0m Nvidia");
        QTest::newRow("mixed scripts") << QStringLiteral("OpenAI и Microsoft 和 Nvidia ليست Google");
        QTest::newRow("many capitals") << QStringLiteral("Anna Bianchi Capital ").repeated(20000);
        QTest::newRow("empty") << QString();
    }

    void robustInputs()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const auto found = m_extractor->extract(inputFor(QStringLiteral("it"), text));
        QVERIFY2(timer.elapsed() < 5000, "too slow");
        for (const EntityMention &m : found) {
            QVERIFY(m.range.start >= 0 && m.range.end <= text.size() && m.range.start < m.range.end);
            QVERIFY(!m.canonical.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
