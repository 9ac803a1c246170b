#!/usr/bin/env python3
"""Fills dealdesk_it.ts and dealdesk_en.ts after `update_translations` (lupdate) added new
source strings. Italian comes from the table below; English is the source text itself, plus
the plural forms. Strings missing from the table stay unfinished and are listed, so a
translator sees what to add. Usage: fill_translations.py ui/translations"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

IT = {
    "Title": "Titolo", "Outlet": "Testata", "Date": "Data", "Lang.": "Lingua", "Amounts": "Importi",
    "Deals": "Operazioni", "Review": "Revisione", "No article selected": "Nessun articolo selezionato",
    "Investor": "Investitore", "Target": "Destinatario", "Amount": "Importo", "Status": "Stato",
    "Source": "Fonte", "Filter deals": "Filtra le operazioni",
    "Dealdesk: follow the money in AI.": "Dealdesk: segui i soldi dell'IA.",
    "Start with this search.": "Parti da questa ricerca.",
    "Select this row of the list.": "Seleziona questa riga dell'elenco.",
    "Select this finding of the article (0 = first).": "Seleziona questo elemento dell'articolo (0 = il primo).",
    "Save the window as PNG and quit.": "Salva la finestra come PNG ed esci.",
    "Language of the desk for this run: it or en.": "Lingua dell'interfaccia per questa sessione: it o en.",
    "Colours for this run: system, light or dark.": "Colori per questa sessione: system, light o dark.",
    "Colours:": "Colori:", "Light": "Chiari", "Dark": "Scuri",
    "A corpus file (*.dealdesk).": "Un file di corpus (*.dealdesk).",
    "Preparing the sample corpus…": "Preparo il corpus di esempio…",
    "%1: %2 mentions in %3 articles. Click to list them; double-click to jump to the next mention in the article.":
        "%1: %2 menzioni in %3 articoli. Clic per elencarli; doppio clic per passare alla menzione successiva nell'articolo.",
    "Entity": "Entità", "Mentions": "Menzioni", "Articles": "Articoli", "Filter entities": "Filtra le entità",
    "any": "qualsiasi", "With deals": "Con operazioni",
    "Articles that mention this entity; click to show all again": "Articoli che citano questa entità; clic per mostrarli tutti",
    "From": "Dal", "to": "al", "All outlets": "Tutte le testate", "All languages": "Tutte le lingue",
    "%1 (%2)  ✕": "%1 (%2)  ✕", "Find in article": "Trova nell'articolo",
    "Previous match (Shift+Enter)": "Occorrenza precedente (Maiusc+Invio)",
    "Next match (Enter)": "Occorrenza successiva (Invio)", "Close (Esc)": "Chiudi (Esc)",
    "Not found": "Non trovato", "Deal": "Operazione", "Deals in this article": "Operazioni in questo articolo",
    "%1 → %2": "%1 → %2", "?": "?", "No finding selected": "Nessun elemento selezionato",
    "Click a highlighted word, or press F3 for the next finding.":
        "Fai clic su una parola evidenziata, o premi F3 per l'elemento successivo.",
    "%1 %2 bn": "%2 mld %1", "%1 %2 m": "%2 mln %1", "%1 %2": "%2 %1", "%1–%2": "%1–%2",
    "about %1": "circa %1", "up to %1": "≤ %1", "over %1": "> %1", "at least %1": "≥ %1",
    "under %1": "< %1", "almost %1": "quasi %1", "Q%1 %2": "%1º trim. %2",
    "exact": "esatto", "about": "circa", "up to": "fino a", "over": "oltre", "at least": "almeno",
    "under": "meno di", "almost": "quasi", "range": "intervallo", "year": "anno", "quarter": "trimestre",
    "month": "mese", "day": "giorno", "date and time": "data e ora", "duration": "durata",
    "Another way of writing “%1” (recognised from the next extraction on):":
        "Un altro modo di scrivere “%1” (riconosciuto dalla prossima estrazione):",
    "“%1” is already an alias of “%2”.": "“%1” è già un alias di “%2”.",
    "Add alias “%1” to “%2”": "Aggiungi l'alias “%1” a “%2”", "alias removed": "alias rimosso",
    "Deal sizes": "Dimensioni delle operazioni", "Timeline": "Cronologia", "One bar per deal": "Una barra per operazione",
    "Summed per investor": "Sommate per investitore", "Summed per target": "Sommate per destinatario",
    "Summed per month": "Sommate per mese", "Colour by status": "Colore per stato",
    "Colour by investor": "Colore per investitore", "Linear scale": "Scala lineare", "Log scale": "Scala logaritmica",
    "Days": "Giorni", "Months": "Mesi", "Quarters": "Trimestri", "Years": "Anni",
    "Amounts are converted to this currency for display only":
        "Gli importi sono convertiti in questa valuta solo per la visualizzazione",
    "Running total": "Totale progressivo", "Accepted only": "Solo accettate",
    "Only deals a journalist accepted": "Solo le operazioni accettate da un giornalista", "Rates…": "Cambi…",
    "Export…": "Esporta…", "Copy alt text": "Copia il testo alternativo",
    "Double-click opens the article at the deal": "Il doppio clic apre l'articolo all'operazione",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "The chart includes deals no journalist has accepted yet. Export only accepted deals?":
        "Il grafico include operazioni che nessun giornalista ha ancora accettato. Esportare solo quelle accettate?",
    "Export the chart": "Esporta il grafico",
    "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data behind the chart (*.csv)":
        "Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf);;Dati del grafico (*.csv)",
    "Exchange rates for charts": "Tassi di cambio per i grafici",
    "US dollars per unit of each currency, and the day each rate holds for. Charts convert amounts with them for display only: the corpus keeps the figures as reported.":
        "Dollari USA per unità di ciascuna valuta, e il giorno a cui vale ogni tasso. I grafici li usano per convertire gli importi solo nella visualizzazione: il corpus conserva le cifre come riportate.",
    "US dollars per unit": "Dollari USA per unità", "Add a currency": "Aggiungi una valuta",
    "Exporting annotations…": "Esportazione delle annotazioni…",
    "Importing annotations…": "Importazione delle annotazioni…",
    "investment": "investimento", "valuation": "valutazione", "revenue": "ricavi", "loss": "perdita",
    "spending": "spesa", "other": "altro", "completed": "concluso", "announced": "annunciato",
    "in talks": "in trattativa", "planned": "previsto", "rumoured": "indiscrezione",
    "to review": "da rivedere", "accepted": "accettato", "rejected": "respinto", "new": "nuovo",
    "in progress": "in corso", "reviewed": "rivisto", "Kind": "Tipo", "Text": "Testo",
    "Canonical name": "Nome canonico", "Value": "Valore", "Currency": "Valuta", "Low": "Minimo",
    "High": "Massimo", "Role": "Ruolo", "ISO 8601": "ISO 8601", "Position": "Posizione",
    "Found by": "Trovato da", "extractor": "estrattore", "a journalist": "una giornalista",
    "Organisation": "Organizzazione", "Person": "Persona", "Place": "Luogo", "Product": "Prodotto",
    "Project": "Progetto", "Money": "Denaro", "Cancel": "Annulla",
    "Importing: %1 articles stored": "Importazione: %1 articoli salvati",
    "Show or hide the highlights of this kind": "Mostra o nascondi le evidenziazioni di questo tipo",
    "Dealdesk": "Dealdesk",
    'Search the corpus: words, "a phrase", prefix*': 'Cerca nel corpus: parole, "una frase", prefisso*',
    "Entities": "Entità", "Finding": "Elemento", "Problems": "Problemi", "Problems (%1)": "Problemi (%1)",
    "%1 — Dealdesk": "%1 — Dealdesk", "%1 articles": "%1 articoli",
    "%1 articles match “%2”": "%1 articoli per «%2»", "Importing…": "Importazione…",
    "Import: %1 articles added, %2 already in the corpus": "Importazione: %1 articoli aggiunti, %2 già presenti",
    "Import cancelled. ": "Importazione annullata. ", "Import stopped: %1": "Importazione interrotta: %1",
    "Dealdesk corpora (*.dealdesk);;All files (*)": "Corpus Dealdesk (*.dealdesk);;Tutti i file (*)",
    "&File": "&File", "&New corpus…": "&Nuovo corpus…", "&Open corpus…": "&Apri corpus…",
    "Open &recent": "Apri &recenti", "&Import files…": "&Importa file…",
    "Import a &folder…": "Importa una &cartella…", "&Preferences…": "&Preferenze…", "&Quit": "&Esci",
    "&Edit": "&Modifica", "&Search the corpus": "&Cerca nel corpus", "&Find in article…": "&Trova nell'articolo…",
    "&Go": "&Vai", "&Next finding": "Elemento &successivo", "&Previous finding": "Elemento &precedente",
    "Article &list": "&Elenco articoli", "&View": "&Visualizza", "Main": "Principale",
    "Open corpus": "Apri corpus", "New corpus": "Nuovo corpus", "Import articles": "Importa articoli",
    "Articles (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;All files (*)":
        "Articoli (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;Tutti i file (*)",
    "Import a folder of articles": "Importa una cartella di articoli", "Preferences": "Preferenze",
    "As the system": "Come il sistema", "Language of the desk:": "Lingua dell'interfaccia:",
    "File": "File", "Line": "Riga", "Problem": "Problema", "Clear": "Svuota", "&%1 %2": "&%1 %2",
    "No recent corpora": "Nessun corpus recente",
    "Deals (from the newest %1 reports)": "Operazioni (dalle %1 notizie più recenti)",
    "<p>and %1 more sources</p>": "<p>e altre %1 fonti</p>", "Sources": "Fonti", "Amt.": "Imp.",
    "Language of the article": "Lingua dell'articolo",
    "Amounts of money found (not rejected)": "Importi trovati (non respinti)",
    "Deals found (not rejected)": "Operazioni trovate (non respinte)",
    "Where the review of the article stands": "A che punto è la revisione dell'articolo",
}
# Where one English word needs two Italian ones, lupdate's disambiguation comment decides.
IT_BY_COMMENT = {
    ("Deals", "short column heading"): "Op.",
    ("Review", "short column heading"): "Stato",
    ("%1 (%2)", "entity type, how many"): "%1 (%2)",
}
# Plurals: (singular, plural) per language.
PLURALS = {
    "%n year(s)": (("%n year", "%n years"), ("%n anno", "%n anni")),
    "%n quarter(s)": (("%n quarter", "%n quarters"), ("%n trimestre", "%n trimestri")),
    "%n month(s)": (("%n month", "%n months"), ("%n mese", "%n mesi")),
    "%n week(s)": (("%n week", "%n weeks"), ("%n settimana", "%n settimane")),
    "%n day(s)": (("%n day", "%n days"), ("%n giorno", "%n giorni")),
}


# Annotating (issue 6): menus, keys, the inspector's fields, deal/rename/history dialogs.
IT_ANNOT = {
    "%1  (“%2”)": "%1  («%2»)", "%1 = %2": "%1 = %2", "%1, %2": "%1, %2",
    "&Accept finding": "&Accetta l'elemento", "&Annotate": "&Annota", "&Copy": "&Copia",
    "&Delete finding": "&Elimina l'elemento", "&History…": "&Cronologia…", "&Label as": "&Etichetta come",
    "&Redo": "&Ripeti", "&Reject finding": "&Rifiuta l'elemento", "&Undo": "&Annulla", "<opened>": "<aperto>",
    "A note for whoever checks this next": "Una nota per chi controlla dopo", "A&rticle": "A&rticolo",
    "Accept all pending in article": "Accetta tutti quelli da rivedere nell'articolo",
    "Accept findings inside the selection": "Accetta gli elementi nella selezione",
    "Accept “%1”": "Accetta «%1»", "Add alias": "Aggiungi un alias", "Add alias…": "Aggiungi un alias…",
    "Add deal %1 → %2": "Aggiungi l'operazione %1 → %2", "Add deal": "Aggiungi l'operazione", "Add “%1”": "Aggiungi «%1»",
    "After": "Dopo", "Amount and evidence…": "Importo e prova…", "Amount:": "Importo:",
    "Another way of writing “%1” (recognised from the next extraction on; this cannot be undone):":
        "Un altro modo di scrivere «%1» (riconosciuto dalla prossima estrazione; non si può annullare):",
    "Before": "Prima", "Canonical name:": "Nome canonico:",
    "Click a highlighted word, or press F3 for the next finding. Select words and press 1–5, m or d to label them.":
        "Fai clic su una parola evidenziata, o premi F3 per l'elemento successivo. Seleziona delle parole e premi 1–5, m o d per etichettarle.",
    "Correct": "Correggi", "Currency:": "Valuta:", "Date:": "Data:", "Delete deal": "Elimina l'operazione",
    "Delete “%1”": "Elimina «%1»", "Edit deal": "Modifica l'operazione", "Edit deal…": "Modifica l'operazione…",
    "Edit “%1”": "Modifica «%1»", "Edited": "Modificato", "Edits": "Modifiche",
    "Every mention and deal is renamed; “%1” is kept as an alias.":
        "Ogni menzione e operazione viene rinominata; «%1» resta come alias.",
    "Evidence:": "Prova:", "Grain:": "Precisione:", "High:": "Massimo:", "History of “%1”": "Cronologia di «%1»",
    "History…": "Cronologia…", "ISO 8601 at its grain: 2025, 2025-03, 2025-03-14, 2025-Q3":
        "ISO 8601 alla sua precisione: 2025, 2025-03, 2025-03-14, 2025-Q3",
    "Investor:": "Investitore:", "Label as %1": "Etichetta come %1", "Low:": "Minimo:",
    "Mark article as “%1”": "Segna l'articolo come «%1»", "Mark as &done": "Segna come &rivisto",
    "Mark as &in progress": "Segna come &in corso", "Mark as &new": "Segna come &nuovo",
    "Move end left": "Sposta la fine a sinistra", "Move end right": "Sposta la fine a destra",
    "Move start left": "Sposta l'inizio a sinistra", "Move start right": "Sposta l'inizio a destra",
    "New deal from sentence…": "Nuova operazione dalla frase…", "New deal": "Nuova operazione",
    "New name for “%1” in the whole corpus:": "Nuovo nome di «%1» in tutto il corpus:", "No amount": "Nessun importo",
    "No corpus is open.": "Nessun corpus aperto.",
    "No finding to change inside the selection.": "Nessun elemento da cambiare nella selezione.",
    "No pending finding in this article.": "Nessun elemento da rivedere in questo articolo.",
    "Note on the article": "Nota sull'articolo", "Note on this article": "Nota su questo articolo",
    "Note on “%1”": "Nota su «%1»", "Note:": "Nota:",
    "Nothing has been changed in this article yet.": "In questo articolo non è ancora stato cambiato nulla.",
    "Qualifier:": "Qualificatore:",
    "Recorded with every decision, correction and review, in the corpus's history":
        "Registrato con ogni decisione, correzione e revisione, nella cronologia del corpus",
    "Reject all pending in article": "Rifiuta tutti quelli da rivedere nell'articolo",
    "Reject findings inside the selection": "Rifiuta gli elementi nella selezione", "Reject “%1”": "Rifiuta «%1»",
    "Rename or merge": "Rinomina o unisci", "Rename or merge…": "Rinomina o unisci…",
    "Rename “%1” to “%2”": "Rinomina «%1» in «%2»", "Reset “%1”": "Rimetti «%1» da rivedere",
    "Review: %1 (%2, %3)": "Revisione: %1 (%2, %3)", "Review: %1": "Revisione: %1", "Role:": "Ruolo:",
    "Save deal": "Salva l'operazione", "Select a finding first (click it, or press n).":
        "Prima seleziona un elemento (clic, o premi n).",
    "Select the words to label first.": "Prima seleziona le parole da etichettare.", "Status:": "Stato:",
    "Target:": "Destinatario:", "Type:": "Tipo:", "Value:": "Valore:", "What": "Cosa", "When": "Quando", "Who": "Chi",
    "Your name:": "Il tuo nome:", "added": "aggiunto", "alias added": "alias aggiunto",
    "corrected": "corretto", "deleted": "eliminato", "note": "nota",
    "renamed in the corpus": "rinominato nel corpus", "review": "revisione", "set back to pending": "rimesso da rivedere",
    "“%1” is already in the corpus: “%2” will be merged into it, and recognised as the same name from now on.":
        "«%1» è già nel corpus: «%2» vi sarà unito, e da ora in poi riconosciuto come lo stesso nome.",
    "“%1” is now an alias of “%2”.": "«%1» ora è un alias di «%2».", "“%1”": "«%1»", "“%1”: %2": "«%1»: %2",
    "by hand": "a mano",
    "A suggestion of the extractor waiting for a decision: lighter, dotted underline (a, r)":
        "Un suggerimento dell'estrattore in attesa di decisione: più chiaro, sottolineato a puntini (a, r)",
    "Accepted: full colour, solid underline": "Accettato: colore pieno, sottolineato continuo",
    "Made by hand: full colour and an outline; a bar above a span that holds others":
        "Fatto a mano: colore pieno e un contorno; una barra sopra un tratto che ne contiene altri",
    "Open the deal dialog on the selected finding's sentence.":
        "Apre la finestra dell'operazione sulla frase dell'elemento selezionato.",
}
PLURALS_ANNOT = {
    "Accept %n pending finding(s)": (("Accept %n pending finding", "Accept %n pending findings"),
                                     ("Accetta %n elemento da rivedere", "Accetta %n elementi da rivedere")),
    "Reject %n pending finding(s)": (("Reject %n pending finding", "Reject %n pending findings"),
                                     ("Rifiuta %n elemento da rivedere", "Rifiuta %n elementi da rivedere")),
    "Accept %n finding(s) in the selection": (("Accept %n finding in the selection", "Accept %n findings in the selection"),
                                              ("Accetta %n elemento nella selezione", "Accetta %n elementi nella selezione")),
    "Reject %n finding(s) in the selection": (("Reject %n finding in the selection", "Reject %n findings in the selection"),
                                              ("Rifiuta %n elemento nella selezione", "Rifiuta %n elementi nella selezione")),
}
IT.update(IT_ANNOT)
PLURALS.update(PLURALS_ANNOT)

# The chart dock's own words (title, subtitle, note, credit), --show-chart, the exchange dialog.
IT_CHART = {
    "Chart": "Grafico", "Show the chart dock in front, with room.": "Mostra il pannello del grafico in primo piano, ben visibile.",
    "The chart's title; empty: the generated one, shown in grey": "Il titolo del grafico; vuoto: quello generato, in grigio",
    "The subtitle; empty: the generated one, shown in grey": "Il sottotitolo; vuoto: quello generato, in grigio",
    "A note of your own, printed before the generated notes": "Una nota tua, stampata prima delle note generate",
    "Your note (optional)": "La tua nota (facoltativa)", "Who made the chart: the credit line": "Chi ha fatto il grafico: la riga del credito",
    "The chart is still being read; try again in a moment.": "Il grafico è ancora in lettura; riprova tra un momento.",
    "No corpus": "Nessun corpus", "Open or create a corpus first.": "Prima apri o crea un corpus.",
    "Export annotations": "Esporta le annotazioni", "Import annotations": "Importa le annotazioni",
    "brat standoff (.txt + .ann)": "brat standoff (.txt + .ann)", "JSON Lines (doccano, spaCy)": "JSON Lines (doccano, spaCy)",
    "CSV of deals and amounts": "CSV di operazioni e importi", "Choose…": "Scegli…", "&Format:": "&Formato:",
    "&Folder:": "&Cartella:", "F&rom:": "&Da:", "Only &accepted annotations": "Solo annotazioni &accettate",
    "Export": "Esporta", "Import": "Importa", "Annotations to import": "Annotazioni da importare",
    "JSON Lines (*.jsonl *.json);;All files (*)": "JSON Lines (*.jsonl *.json);;Tutti i file (*)",
    "Folder to export into": "Cartella in cui esportare", "brat collection to import": "Raccolta brat da importare",
    "&Export annotations…": "&Esporta le annotazioni…", "Import a&nnotations…": "Importa le a&nnotazioni…",
}
PLURALS_CHART = {
    "%n deal(s)": (("%n deal", "%n deals"), ("%n operazione", "%n operazioni")),
    "and %n more": (("and %n more", "and %n more"), ("e un'altra", "e altre %n")),
}
IT.update(IT_CHART)
PLURALS.update(PLURALS_CHART)

def fill(path: Path, italian: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source)
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms[1 if italian else 0]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            comment = message.findtext("comment")
            text = (IT_BY_COMMENT.get((source, comment), IT.get(source))) if italian else source
            if text is None:
                missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    for name, italian in (("dealdesk_it.ts", True), ("dealdesk_en.ts", False)):
        for source in fill(folder / name, italian):
            print(f"{name}: no translation for {source!r}")
