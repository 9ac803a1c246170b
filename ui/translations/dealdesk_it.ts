<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>Desk</name>
    <message>
        <source>Dealdesk: follow the money in AI.</source>
        <translation>Dealdesk: segui i soldi dell'IA.</translation>
    </message>
    <message>
        <source>Start with this search.</source>
        <translation>Parti da questa ricerca.</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>Seleziona questa riga dell'elenco.</translation>
    </message>
    <message>
        <source>Select this finding of the article (0 = first).</source>
        <translation>Seleziona questo elemento dell'articolo (0 = il primo).</translation>
    </message>
    <message>
        <source>Save the window as PNG and quit.</source>
        <translation>Salva la finestra come PNG ed esci.</translation>
    </message>
    <message>
        <source>Language of the desk for this run: it or en.</source>
        <translation>Lingua dell'interfaccia per questa sessione: it o en.</translation>
    </message>
    <message>
        <source>A corpus file (*.dealdesk).</source>
        <translation>Un file di corpus (*.dealdesk).</translation>
    </message>
    <message>
        <source>Preparing the sample corpus…</source>
        <translation>Preparo il corpus di esempio…</translation>
    </message>
    <message>
        <source>Open the deal dialog on the selected finding's sentence.</source>
        <translation>Apre la finestra dell'operazione sulla frase dell'elemento selezionato.</translation>
    </message>
    <message>
        <source>Show the chart dock in front, with room.</source>
        <translation>Mostra il pannello del grafico in primo piano, ben visibile.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark.</source>
        <translation>Colori per questa sessione: system, light o dark.</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>No corpus</source>
        <translation>Nessun corpus</translation>
    </message>
    <message>
        <source>Open or create a corpus first.</source>
        <translation>Prima apri o crea un corpus.</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Esporta le annotazioni</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importa le annotazioni</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Esportazione delle annotazioni…</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Importazione delle annotazioni…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>%1 %2 bn</source>
        <comment>currency code, number in billions</comment>
        <translation>%2 mld %1</translation>
    </message>
    <message>
        <source>%1 %2 m</source>
        <comment>currency code, number in millions</comment>
        <translation>%2 mln %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, number</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of two numbers</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>circa %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>quasi %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>%1º trim. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n anno</numerusform><numerusform>%n anni</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform><numerusform>%n trimestri</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform><numerusform>%n mesi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform><numerusform>%n settimane</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform><numerusform>%n giorni</numerusform></translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investimento</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ricavi</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>spesa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluso</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annunciato</translation>
    </message>
    <message>
        <source>in talks</source>
        <translation>in trattativa</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>indiscrezione</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>da rivedere</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinto</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>rivisto</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>investor, target</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Canonical name</source>
        <translation>Nome canonico</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investitore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trovato da</translation>
    </message>
    <message>
        <source>extractor</source>
        <translation>estrattore</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>una giornalista</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>esatto</translation>
    </message>
    <message>
        <source>about</source>
        <translation>circa</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>fino a</translation>
    </message>
    <message>
        <source>over</source>
        <translation>oltre</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>almeno</translation>
    </message>
    <message>
        <source>under</source>
        <translation>meno di</translation>
    </message>
    <message>
        <source>almost</source>
        <translation>quasi</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervallo</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e ora</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durata</translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Denaro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>dealdesk::AnnotationActions</name>
    <message>
        <source>&amp;Accept finding</source>
        <translation>&amp;Accetta l'elemento</translation>
    </message>
    <message>
        <source>&amp;Reject finding</source>
        <translation>&amp;Rifiuta l'elemento</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Elimina l'elemento</translation>
    </message>
    <message>
        <source>Accept all pending in article</source>
        <translation>Accetta tutti quelli da rivedere nell'articolo</translation>
    </message>
    <message>
        <source>Reject all pending in article</source>
        <translation>Rifiuta tutti quelli da rivedere nell'articolo</translation>
    </message>
    <message>
        <source>Accept findings inside the selection</source>
        <translation>Accetta gli elementi nella selezione</translation>
    </message>
    <message>
        <source>Reject findings inside the selection</source>
        <translation>Rifiuta gli elementi nella selezione</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Etichetta come %1</translation>
    </message>
    <message>
        <source>Move start left</source>
        <translation>Sposta l'inizio a sinistra</translation>
    </message>
    <message>
        <source>Move start right</source>
        <translation>Sposta l'inizio a destra</translation>
    </message>
    <message>
        <source>Move end left</source>
        <translation>Sposta la fine a sinistra</translation>
    </message>
    <message>
        <source>Move end right</source>
        <translation>Sposta la fine a destra</translation>
    </message>
    <message>
        <source>New deal from sentence…</source>
        <translation>Nuova operazione dalla frase…</translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation>Segna come &amp;nuovo</translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation>Segna come &amp;in corso</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Segna come &amp;rivisto</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annota</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticolo</translation>
    </message>
    <message>
        <source>Select a finding first (click it, or press n).</source>
        <translation>Prima seleziona un elemento (clic, o premi n).</translation>
    </message>
    <message>
        <source>No pending finding in this article.</source>
        <translation>Nessun elemento da rivedere in questo articolo.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pending finding(s)</source>
        <translation>
            <numerusform>Accetta %n elemento da rivedere</numerusform><numerusform>Accetta %n elementi da rivedere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n pending finding(s)</source>
        <translation>
            <numerusform>Rifiuta %n elemento da rivedere</numerusform><numerusform>Rifiuta %n elementi da rivedere</numerusform></translation>
    </message>
    <message>
        <source>No finding to change inside the selection.</source>
        <translation>Nessun elemento da cambiare nella selezione.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s) in the selection</source>
        <translation>
            <numerusform>Accetta %n elemento nella selezione</numerusform><numerusform>Accetta %n elementi nella selezione</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n finding(s) in the selection</source>
        <translation>
            <numerusform>Rifiuta %n elemento nella selezione</numerusform><numerusform>Rifiuta %n elementi nella selezione</numerusform></translation>
    </message>
    <message>
        <source>Select the words to label first.</source>
        <translation>Prima seleziona le parole da etichettare.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Aggiungi un alias</translation>
    </message>
    <message>
        <source>Another way of writing “%1” (recognised from the next extraction on):</source>
        <translation>Un altro modo di scrivere “%1” (riconosciuto dalla prossima estrazione):</translation>
    </message>
    <message>
        <source>“%1” is now an alias of “%2”.</source>
        <translation>«%1» ora è un alias di «%2».</translation>
    </message>
    <message>
        <source>“%1” is already an alias of “%2”.</source>
        <translation>“%1” è già un alias di “%2”.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Label as</source>
        <translation>&amp;Etichetta come</translation>
    </message>
</context>
<context>
    <name>dealdesk::AnnotationController</name>
    <message>
        <source>No corpus is open.</source>
        <translation>Nessun corpus aperto.</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Accetta «%1»</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Rifiuta «%1»</translation>
    </message>
    <message>
        <source>Reset “%1”</source>
        <translation>Rimetti «%1» da rivedere</translation>
    </message>
    <message>
        <source>Add deal %1 → %2</source>
        <translation>Aggiungi l'operazione %1 → %2</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Aggiungi «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifica «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Elimina «%1»</translation>
    </message>
    <message>
        <source>Mark article as “%1”</source>
        <translation>Segna l'articolo come «%1»</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Nota su «%1»</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Nota sull'articolo</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rinomina «%1» in «%2»</translation>
    </message>
    <message>
        <source>Add alias “%1” to “%2”</source>
        <translation>Aggiungi l'alias “%1” a “%2”</translation>
    </message>
</context>
<context>
    <name>dealdesk::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Lingua dell'articolo</translation>
    </message>
    <message>
        <source>Amounts of money found (not rejected)</source>
        <translation>Importi trovati (non respinti)</translation>
    </message>
    <message>
        <source>Deals found (not rejected)</source>
        <translation>Operazioni trovate (non respinte)</translation>
    </message>
    <message>
        <source>Where the review of the article stands</source>
        <translation>A che punto è la revisione dell'articolo</translation>
    </message>
    <message>
        <source>Amt.</source>
        <translation>Imp.</translation>
    </message>
    <message>
        <source>Deals</source>
        <comment>short column heading</comment>
        <translation>Op.</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>short column heading</comment>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>dealdesk::ArticleReviewBar</name>
    <message>
        <source>Note on this article</source>
        <translation>Nota su questo articolo</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisione: %1</translation>
    </message>
    <message>
        <source>Review: %1 (%2, %3)</source>
        <translation>Revisione: %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>dealdesk::ArticleView</name>
    <message>
        <source>No article selected</source>
        <translation>Nessun articolo selezionato</translation>
    </message>
</context>
<context>
    <name>dealdesk::ChartWindow</name>
    <message>
        <source>Deal sizes</source>
        <translation>Dimensioni delle operazioni</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>One bar per deal</source>
        <translation>Una barra per operazione</translation>
    </message>
    <message>
        <source>Summed per investor</source>
        <translation>Sommate per investitore</translation>
    </message>
    <message>
        <source>Summed per target</source>
        <translation>Sommate per destinatario</translation>
    </message>
    <message>
        <source>Summed per month</source>
        <translation>Sommate per mese</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colore per stato</translation>
    </message>
    <message>
        <source>Colour by investor</source>
        <translation>Colore per investitore</translation>
    </message>
    <message>
        <source>Linear scale</source>
        <translation>Scala lineare</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Scala logaritmica</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestri</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <source>Amounts are converted to this currency for display only</source>
        <translation>Gli importi sono convertiti in questa valuta solo per la visualizzazione</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Totale progressivo</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation>Solo accettate</translation>
    </message>
    <message>
        <source>Only deals a journalist accepted</source>
        <translation>Solo le operazioni accettate da un giornalista</translation>
    </message>
    <message>
        <source>Rates…</source>
        <translation>Cambi…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Copy alt text</source>
        <translation>Copia il testo alternativo</translation>
    </message>
    <message>
        <source>Double-click opens the article at the deal</source>
        <translation>Il doppio clic apre l'articolo all'operazione</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n operazione</numerusform><numerusform>%n operazioni</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e un'altra</numerusform><numerusform>e altre %n</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>The chart includes deals no journalist has accepted yet. Export only accepted deals?</source>
        <translation>Il grafico include operazioni che nessun giornalista ha ancora accettato. Esportare solo quelle accettate?</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data behind the chart (*.csv)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf);;Dati del grafico (*.csv)</translation>
    </message>
    <message>
        <source>The chart's title; empty: the generated one, shown in grey</source>
        <translation>Il titolo del grafico; vuoto: quello generato, in grigio</translation>
    </message>
    <message>
        <source>The subtitle; empty: the generated one, shown in grey</source>
        <translation>Il sottotitolo; vuoto: quello generato, in grigio</translation>
    </message>
    <message>
        <source>A note of your own, printed before the generated notes</source>
        <translation>Una nota tua, stampata prima delle note generate</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>La tua nota (facoltativa)</translation>
    </message>
    <message>
        <source>Who made the chart: the credit line</source>
        <translation>Chi ha fatto il grafico: la riga del credito</translation>
    </message>
    <message>
        <source>The chart is still being read; try again in a moment.</source>
        <translation>Il grafico è ancora in lettura; riprova tra un momento.</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Modifica l'operazione</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nuova operazione</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Nessun importo</translation>
    </message>
    <message>
        <source>%1  (“%2”)</source>
        <translation>%1  («%2»)</translation>
    </message>
    <message>
        <source>ISO 8601 at its grain: 2025, 2025-03, 2025-03-14, 2025-Q3</source>
        <translation>ISO 8601 alla sua precisione: 2025, 2025-03, 2025-03-14, 2025-Q3</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Salva l'operazione</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Aggiungi l'operazione</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Prova:</translation>
    </message>
    <message>
        <source>Investor:</source>
        <translation>Investitore:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealModel</name>
    <message>
        <source>Investor</source>
        <translation>Investitore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&lt;p&gt;and %1 more sources&lt;/p&gt;</source>
        <translation>&lt;p&gt;e altre %1 fonti&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articoli</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealPanel</name>
    <message>
        <source>Filter deals</source>
        <translation>Filtra le operazioni</translation>
    </message>
</context>
<context>
    <name>dealdesk::EntityModel</name>
    <message>
        <source>%1: %2 mentions in %3 articles. Click to list them; double-click to jump to the next mention in the article.</source>
        <translation>%1: %2 menzioni in %3 articoli. Clic per elencarli; doppio clic per passare alla menzione successiva nell'articolo.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>entity type, how many</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dealdesk::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>Filtra le entità</translation>
    </message>
    <message>
        <source>Rename or merge…</source>
        <translation>Rinomina o unisci…</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation>Aggiungi un alias…</translation>
    </message>
</context>
<context>
    <name>dealdesk::ExchangeDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Esporta le annotazioni</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importa le annotazioni</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat standoff (.txt + .ann)</translation>
    </message>
    <message>
        <source>JSON Lines (doccano, spaCy)</source>
        <translation>JSON Lines (doccano, spaCy)</translation>
    </message>
    <message>
        <source>CSV of deals and amounts</source>
        <translation>CSV di operazioni e importi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>Only &amp;accepted annotations</source>
        <translation>Solo annotazioni &amp;accettate</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Annotations to import</source>
        <translation>Annotazioni da importare</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Cartella in cui esportare</translation>
    </message>
    <message>
        <source>brat collection to import</source>
        <translation>Raccolta brat da importare</translation>
    </message>
</context>
<context>
    <name>dealdesk::FilterBar</name>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>With deals</source>
        <translation>Con operazioni</translation>
    </message>
    <message>
        <source>Articles that mention this entity; click to show all again</source>
        <translation>Articoli che citano questa entità; clic per mostrarli tutti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tutte le testate</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>%1 (%2)  ✕</source>
        <translation>%1 (%2)  ✕</translation>
    </message>
</context>
<context>
    <name>dealdesk::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Trova nell'articolo</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occorrenza precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occorrenza successiva (Invio)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>dealdesk::FindingEditor</name>
    <message>
        <source>Amount and evidence…</source>
        <translation>Importo e prova…</translation>
    </message>
    <message>
        <source>A note for whoever checks this next</source>
        <translation>Una nota per chi controlla dopo</translation>
    </message>
    <message>
        <source>Canonical name:</source>
        <translation>Nome canonico:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>Minimo:</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>Massimo:</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>Qualificatore:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valore:</translation>
    </message>
    <message>
        <source>Grain:</source>
        <translation>Precisione:</translation>
    </message>
    <message>
        <source>Investor:</source>
        <translation>Investitore:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>dealdesk::FindingInspector</name>
    <message>
        <source>Deal</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deals in this article</source>
        <translation>Operazioni in questo articolo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Nessun elemento selezionato</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Modifica l'operazione…</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Elimina l'operazione</translation>
    </message>
    <message>
        <source>Click a highlighted word, or press F3 for the next finding. Select words and press 1–5, m or d to label them.</source>
        <translation>Fai clic su una parola evidenziata, o premi F3 per l'elemento successivo. Seleziona delle parole e premi 1–5, m o d per etichettarle.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>dealdesk::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Cronologia di «%1»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Nothing has been changed in this article yet.</source>
        <translation>In questo articolo non è ancora stato cambiato nulla.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinto</translation>
    </message>
    <message>
        <source>set back to pending</source>
        <translation>rimesso da rivedere</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corretto</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisione</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>renamed in the corpus</source>
        <translation>rinominato nel corpus</translation>
    </message>
    <message>
        <source>alias added</source>
        <translation>alias aggiunto</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>alias rimosso</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>dealdesk::ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Importing: %1 articles stored</source>
        <translation>Importazione: %1 articoli salvati</translation>
    </message>
</context>
<context>
    <name>dealdesk::LegendBar</name>
    <message>
        <source>Show or hide the highlights of this kind</source>
        <translation>Mostra o nascondi le evidenziazioni di questo tipo</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>da rivedere</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>A suggestion of the extractor waiting for a decision: lighter, dotted underline (a, r)</source>
        <translation>Un suggerimento dell'estrattore in attesa di decisione: più chiaro, sottolineato a puntini (a, r)</translation>
    </message>
    <message>
        <source>Accepted: full colour, solid underline</source>
        <translation>Accettato: colore pieno, sottolineato continuo</translation>
    </message>
    <message>
        <source>Made by hand: full colour and an outline; a bar above a span that holds others</source>
        <translation>Fatto a mano: colore pieno e un contorno; una barra sopra un tratto che ne contiene altri</translation>
    </message>
</context>
<context>
    <name>dealdesk::MainWindow</name>
    <message>
        <source>Dealdesk</source>
        <translation>Dealdesk</translation>
    </message>
    <message>
        <source>Search the corpus: words, "a phrase", prefix*</source>
        <translation>Cerca nel corpus: parole, "una frase", prefisso*</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
    <message>
        <source>%1 — Dealdesk</source>
        <translation>%1 — Dealdesk</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articoli</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 articoli per «%2»</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Import: %1 articles added, %2 already in the corpus</source>
        <translation>Importazione: %1 articoli aggiunti, %2 già presenti</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Importazione annullata. </translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Importazione interrotta: %1</translation>
    </message>
    <message>
        <source>Dealdesk corpora (*.dealdesk);;All files (*)</source>
        <translation>Corpus Dealdesk (*.dealdesk);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New corpus…</source>
        <translation>&amp;Nuovo corpus…</translation>
    </message>
    <message>
        <source>&amp;Open corpus…</source>
        <translation>&amp;Apri corpus…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importa una &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Search the corpus</source>
        <translation>&amp;Cerca nel corpus</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Trova nell'articolo…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>Elemento &amp;successivo</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>Elemento &amp;precedente</translation>
    </message>
    <message>
        <source>Article &amp;list</source>
        <translation>&amp;Elenco articoli</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Open corpus</source>
        <translation>Apri corpus</translation>
    </message>
    <message>
        <source>New corpus</source>
        <translation>Nuovo corpus</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;All files (*)</source>
        <translation>Articoli (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Importa una cartella di articoli</translation>
    </message>
    <message>
        <source>Deals (from the newest %1 reports)</source>
        <translation>Operazioni (dalle %1 notizie più recenti)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;aperto&gt;</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>&amp;Export annotations…</source>
        <translation>&amp;Esporta le annotazioni…</translation>
    </message>
    <message>
        <source>Import a&amp;nnotations…</source>
        <translation>Importa le a&amp;nnotazioni…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
</context>
<context>
    <name>dealdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Lingua dell'interfaccia:</translation>
    </message>
    <message>
        <source>Recorded with every decision, correction and review, in the corpus's history</source>
        <translation>Registrato con ogni decisione, correzione e revisione, nella cronologia del corpus</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Il tuo nome:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiari</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuri</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
</context>
<context>
    <name>dealdesk::ProblemsPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
</context>
<context>
    <name>dealdesk::RatesDialog</name>
    <message>
        <source>Exchange rates for charts</source>
        <translation>Tassi di cambio per i grafici</translation>
    </message>
    <message>
        <source>US dollars per unit of each currency, and the day each rate holds for. Charts convert amounts with them for display only: the corpus keeps the figures as reported.</source>
        <translation>Dollari USA per unità di ciascuna valuta, e il giorno a cui vale ogni tasso. I grafici li usano per convertire gli importi solo nella visualizzazione: il corpus conserva le cifre come riportate.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>US dollars per unit</source>
        <translation>Dollari USA per unità</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Add a currency</source>
        <translation>Aggiungi una valuta</translation>
    </message>
</context>
<context>
    <name>dealdesk::RecentCorpora</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent corpora</source>
        <translation>Nessun corpus recente</translation>
    </message>
</context>
<context>
    <name>dealdesk::RenameDialog</name>
    <message>
        <source>Rename or merge</source>
        <translation>Rinomina o unisci</translation>
    </message>
    <message>
        <source>New name for “%1” in the whole corpus:</source>
        <translation>Nuovo nome di «%1» in tutto il corpus:</translation>
    </message>
    <message>
        <source>“%1” is already in the corpus: “%2” will be merged into it, and recognised as the same name from now on.</source>
        <translation>«%1» è già nel corpus: «%2» vi sarà unito, e da ora in poi riconosciuto come lo stesso nome.</translation>
    </message>
    <message>
        <source>Every mention and deal is renamed; “%1” is kept as an alias.</source>
        <translation>Ogni menzione e operazione viene rinominata; «%1» resta come alias.</translation>
    </message>
</context>
</TS>