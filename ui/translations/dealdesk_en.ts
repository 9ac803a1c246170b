<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Desk</name>
    <message>
        <source>Dealdesk: follow the money in AI.</source>
        <translation>Dealdesk: follow the money in AI.</translation>
    </message>
    <message>
        <source>Start with this search.</source>
        <translation>Start with this search.</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>Select this row of the list.</translation>
    </message>
    <message>
        <source>Select this finding of the article (0 = first).</source>
        <translation>Select this finding of the article (0 = first).</translation>
    </message>
    <message>
        <source>Save the window as PNG and quit.</source>
        <translation>Save the window as PNG and quit.</translation>
    </message>
    <message>
        <source>Language of the desk for this run: it or en.</source>
        <translation>Language of the desk for this run: it or en.</translation>
    </message>
    <message>
        <source>A corpus file (*.dealdesk).</source>
        <translation>A corpus file (*.dealdesk).</translation>
    </message>
    <message>
        <source>Preparing the sample corpus…</source>
        <translation>Preparing the sample corpus…</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>%1 %2 bn</source>
        <comment>currency code, number in billions</comment>
        <translation>%1 %2 bn</translation>
    </message>
    <message>
        <source>%1 %2 m</source>
        <comment>currency code, number in millions</comment>
        <translation>%1 %2 m</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of two numbers</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>almost %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform><numerusform>%n quarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investment</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valuation</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>spending</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>announced</translation>
    </message>
    <message>
        <source>in talks</source>
        <translation>in talks</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>rumoured</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Canonical name</source>
        <translation>Canonical name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>extractor</source>
        <translation>extractor</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>a journalist</translation>
    </message>
</context>
<context>
    <name>Highlight</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>dealdesk::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Language of the article</translation>
    </message>
    <message>
        <source>Amounts of money found (not rejected)</source>
        <translation>Amounts of money found (not rejected)</translation>
    </message>
    <message>
        <source>Deals found (not rejected)</source>
        <translation>Deals found (not rejected)</translation>
    </message>
    <message>
        <source>Where the review of the article stands</source>
        <translation>Where the review of the article stands</translation>
    </message>
    <message>
        <source>Amt.</source>
        <translation>Amt.</translation>
    </message>
    <message>
        <source>Deals</source>
        <comment>short column heading</comment>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>short column heading</comment>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>dealdesk::ArticleView</name>
    <message>
        <source>No article selected</source>
        <translation>No article selected</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealModel</name>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&lt;p&gt;and %1 more sources&lt;/p&gt;</source>
        <translation>&lt;p&gt;and %1 more sources&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealPanel</name>
    <message>
        <source>Filter deals</source>
        <translation>Filter deals</translation>
    </message>
</context>
<context>
    <name>dealdesk::EntityModel</name>
    <message>
        <source>%1: %2 mentions in %3 articles. Click to list them; double-click to jump to the next mention in the article.</source>
        <translation>%1: %2 mentions in %3 articles. Click to list them; double-click to jump to the next mention in the article.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
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
        <translation>Filter entities</translation>
    </message>
</context>
<context>
    <name>dealdesk::FilterBar</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>With deals</source>
        <translation>With deals</translation>
    </message>
    <message>
        <source>Articles that mention this entity; click to show all again</source>
        <translation>Articles that mention this entity; click to show all again</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>All outlets</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
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
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>dealdesk::FindingInspector</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deals in this article</source>
        <translation>Deals in this article</translation>
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
        <translation>No finding selected</translation>
    </message>
    <message>
        <source>Click a highlighted word, or press F3 for the next finding.</source>
        <translation>Click a highlighted word, or press F3 for the next finding.</translation>
    </message>
</context>
<context>
    <name>dealdesk::ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing: %1 articles stored</source>
        <translation>Importing: %1 articles stored</translation>
    </message>
</context>
<context>
    <name>dealdesk::LegendBar</name>
    <message>
        <source>Show or hide the highlights of this kind</source>
        <translation>Show or hide the highlights of this kind</translation>
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
        <translation>Search the corpus: words, "a phrase", prefix*</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>%1 — Dealdesk</source>
        <translation>%1 — Dealdesk</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 articles match “%2”</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import: %1 articles added, %2 already in the corpus</source>
        <translation>Import: %1 articles added, %2 already in the corpus</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>Import stopped: %1</translation>
    </message>
    <message>
        <source>Dealdesk corpora (*.dealdesk);;All files (*)</source>
        <translation>Dealdesk corpora (*.dealdesk);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New corpus…</source>
        <translation>&amp;New corpus…</translation>
    </message>
    <message>
        <source>&amp;Open corpus…</source>
        <translation>&amp;Open corpus…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search the corpus</source>
        <translation>&amp;Search the corpus</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Find in article…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open corpus</source>
        <translation>Open corpus</translation>
    </message>
    <message>
        <source>New corpus</source>
        <translation>New corpus</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.xml *.rss *.atom *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
    <message>
        <source>Deals (from the newest %1 reports)</source>
        <translation>Deals (from the newest %1 reports)</translation>
    </message>
</context>
<context>
    <name>dealdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Language of the desk:</translation>
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
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
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
        <translation>No recent corpora</translation>
    </message>
</context>
</TS>