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
    <message>
        <source>Open the deal dialog on the selected finding's sentence.</source>
        <translation>Open the deal dialog on the selected finding's sentence.</translation>
    </message>
    <message>
        <source>Show the chart dock in front, with room.</source>
        <translation>Show the chart dock in front, with room.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark.</source>
        <translation>Colours for this run: system, light or dark.</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>No corpus</source>
        <translation>No corpus</translation>
    </message>
    <message>
        <source>Open or create a corpus first.</source>
        <translation>Open or create a corpus first.</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Exporting annotations…</translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Importing annotations…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <source>almost</source>
        <translation>almost</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date and time</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
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
    <name>dealdesk::AnnotationActions</name>
    <message>
        <source>&amp;Accept finding</source>
        <translation>&amp;Accept finding</translation>
    </message>
    <message>
        <source>&amp;Reject finding</source>
        <translation>&amp;Reject finding</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Delete finding</translation>
    </message>
    <message>
        <source>Accept all pending in article</source>
        <translation>Accept all pending in article</translation>
    </message>
    <message>
        <source>Reject all pending in article</source>
        <translation>Reject all pending in article</translation>
    </message>
    <message>
        <source>Accept findings inside the selection</source>
        <translation>Accept findings inside the selection</translation>
    </message>
    <message>
        <source>Reject findings inside the selection</source>
        <translation>Reject findings inside the selection</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Label as %1</translation>
    </message>
    <message>
        <source>Move start left</source>
        <translation>Move start left</translation>
    </message>
    <message>
        <source>Move start right</source>
        <translation>Move start right</translation>
    </message>
    <message>
        <source>Move end left</source>
        <translation>Move end left</translation>
    </message>
    <message>
        <source>Move end right</source>
        <translation>Move end right</translation>
    </message>
    <message>
        <source>New deal from sentence…</source>
        <translation>New deal from sentence…</translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation>Mark as &amp;new</translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation>Mark as &amp;in progress</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>A&amp;rticle</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>Select a finding first (click it, or press n).</source>
        <translation>Select a finding first (click it, or press n).</translation>
    </message>
    <message>
        <source>No pending finding in this article.</source>
        <translation>No pending finding in this article.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n pending finding(s)</source>
        <translation>
            <numerusform>Accept %n pending finding</numerusform><numerusform>Accept %n pending findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n pending finding(s)</source>
        <translation>
            <numerusform>Reject %n pending finding</numerusform><numerusform>Reject %n pending findings</numerusform></translation>
    </message>
    <message>
        <source>No finding to change inside the selection.</source>
        <translation>No finding to change inside the selection.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s) in the selection</source>
        <translation>
            <numerusform>Accept %n finding in the selection</numerusform><numerusform>Accept %n findings in the selection</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n finding(s) in the selection</source>
        <translation>
            <numerusform>Reject %n finding in the selection</numerusform><numerusform>Reject %n findings in the selection</numerusform></translation>
    </message>
    <message>
        <source>Select the words to label first.</source>
        <translation>Select the words to label first.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <source>Another way of writing “%1” (recognised from the next extraction on):</source>
        <translation>Another way of writing “%1” (recognised from the next extraction on):</translation>
    </message>
    <message>
        <source>“%1” is now an alias of “%2”.</source>
        <translation>“%1” is now an alias of “%2”.</translation>
    </message>
    <message>
        <source>“%1” is already an alias of “%2”.</source>
        <translation>“%1” is already an alias of “%2”.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Label as</source>
        <translation>&amp;Label as</translation>
    </message>
</context>
<context>
    <name>dealdesk::AnnotationController</name>
    <message>
        <source>No corpus is open.</source>
        <translation>No corpus is open.</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Accept “%1”</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Reject “%1”</translation>
    </message>
    <message>
        <source>Reset “%1”</source>
        <translation>Reset “%1”</translation>
    </message>
    <message>
        <source>Add deal %1 → %2</source>
        <translation>Add deal %1 → %2</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Mark article as “%1”</source>
        <translation>Mark article as “%1”</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note on “%1”</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>Note on the article</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rename “%1” to “%2”</translation>
    </message>
    <message>
        <source>Add alias “%1” to “%2”</source>
        <translation>Add alias “%1” to “%2”</translation>
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
    <name>dealdesk::ArticleReviewBar</name>
    <message>
        <source>Note on this article</source>
        <translation>Note on this article</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Review: %1 (%2, %3)</source>
        <translation>Review: %1 (%2, %3)</translation>
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
    <name>dealdesk::ChartWindow</name>
    <message>
        <source>Deal sizes</source>
        <translation>Deal sizes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>One bar per deal</source>
        <translation>One bar per deal</translation>
    </message>
    <message>
        <source>Summed per investor</source>
        <translation>Summed per investor</translation>
    </message>
    <message>
        <source>Summed per target</source>
        <translation>Summed per target</translation>
    </message>
    <message>
        <source>Summed per month</source>
        <translation>Summed per month</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colour by status</translation>
    </message>
    <message>
        <source>Colour by investor</source>
        <translation>Colour by investor</translation>
    </message>
    <message>
        <source>Linear scale</source>
        <translation>Linear scale</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Amounts are converted to this currency for display only</source>
        <translation>Amounts are converted to this currency for display only</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation>Accepted only</translation>
    </message>
    <message>
        <source>Only deals a journalist accepted</source>
        <translation>Only deals a journalist accepted</translation>
    </message>
    <message>
        <source>Rates…</source>
        <translation>Rates…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Copy alt text</source>
        <translation>Copy alt text</translation>
    </message>
    <message>
        <source>Double-click opens the article at the deal</source>
        <translation>Double-click opens the article at the deal</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The chart includes deals no journalist has accepted yet. Export only accepted deals?</source>
        <translation>The chart includes deals no journalist has accepted yet. Export only accepted deals?</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data behind the chart (*.csv)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data behind the chart (*.csv)</translation>
    </message>
    <message>
        <source>The chart's title; empty: the generated one, shown in grey</source>
        <translation>The chart's title; empty: the generated one, shown in grey</translation>
    </message>
    <message>
        <source>The subtitle; empty: the generated one, shown in grey</source>
        <translation>The subtitle; empty: the generated one, shown in grey</translation>
    </message>
    <message>
        <source>A note of your own, printed before the generated notes</source>
        <translation>A note of your own, printed before the generated notes</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>Your note (optional)</translation>
    </message>
    <message>
        <source>Who made the chart: the credit line</source>
        <translation>Who made the chart: the credit line</translation>
    </message>
    <message>
        <source>The chart is still being read; try again in a moment.</source>
        <translation>The chart is still being read; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>dealdesk::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Edit deal</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>No amount</translation>
    </message>
    <message>
        <source>%1  (“%2”)</source>
        <translation>%1  (“%2”)</translation>
    </message>
    <message>
        <source>ISO 8601 at its grain: 2025, 2025-03, 2025-03-14, 2025-Q3</source>
        <translation>ISO 8601 at its grain: 2025, 2025-03, 2025-03-14, 2025-Q3</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Save deal</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Add deal</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Investor:</source>
        <translation>Investor:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
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
    <message>
        <source>Rename or merge…</source>
        <translation>Rename or merge…</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation>Add alias…</translation>
    </message>
</context>
<context>
    <name>dealdesk::ExchangeDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Import annotations</translation>
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
        <translation>CSV of deals and amounts</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>Only &amp;accepted annotations</source>
        <translation>Only &amp;accepted annotations</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annotations to import</source>
        <translation>Annotations to import</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Folder to export into</translation>
    </message>
    <message>
        <source>brat collection to import</source>
        <translation>brat collection to import</translation>
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
    <name>dealdesk::FindingEditor</name>
    <message>
        <source>Amount and evidence…</source>
        <translation>Amount and evidence…</translation>
    </message>
    <message>
        <source>A note for whoever checks this next</source>
        <translation>A note for whoever checks this next</translation>
    </message>
    <message>
        <source>Canonical name:</source>
        <translation>Canonical name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>Low:</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>High:</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>Qualifier:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Grain:</source>
        <translation>Grain:</translation>
    </message>
    <message>
        <source>Investor:</source>
        <translation>Investor:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
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
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Edit deal…</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Delete deal</translation>
    </message>
    <message>
        <source>Click a highlighted word, or press F3 for the next finding. Select words and press 1–5, m or d to label them.</source>
        <translation>Click a highlighted word, or press F3 for the next finding. Select words and press 1–5, m or d to label them.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
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
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Nothing has been changed in this article yet.</source>
        <translation>Nothing has been changed in this article yet.</translation>
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
        <source>set back to pending</source>
        <translation>set back to pending</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>renamed in the corpus</source>
        <translation>renamed in the corpus</translation>
    </message>
    <message>
        <source>alias added</source>
        <translation>alias added</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>alias removed</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
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
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>A suggestion of the extractor waiting for a decision: lighter, dotted underline (a, r)</source>
        <translation>A suggestion of the extractor waiting for a decision: lighter, dotted underline (a, r)</translation>
    </message>
    <message>
        <source>Accepted: full colour, solid underline</source>
        <translation>Accepted: full colour, solid underline</translation>
    </message>
    <message>
        <source>Made by hand: full colour and an outline; a bar above a span that holds others</source>
        <translation>Made by hand: full colour and an outline; a bar above a span that holds others</translation>
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
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <source>&amp;Export annotations…</source>
        <translation>&amp;Export annotations…</translation>
    </message>
    <message>
        <source>Import a&amp;nnotations…</source>
        <translation>Import a&amp;nnotations…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
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
    <message>
        <source>Recorded with every decision, correction and review, in the corpus's history</source>
        <translation>Recorded with every decision, correction and review, in the corpus's history</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
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
    <name>dealdesk::RatesDialog</name>
    <message>
        <source>Exchange rates for charts</source>
        <translation>Exchange rates for charts</translation>
    </message>
    <message>
        <source>US dollars per unit of each currency, and the day each rate holds for. Charts convert amounts with them for display only: the corpus keeps the figures as reported.</source>
        <translation>US dollars per unit of each currency, and the day each rate holds for. Charts convert amounts with them for display only: the corpus keeps the figures as reported.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>US dollars per unit</source>
        <translation>US dollars per unit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add a currency</source>
        <translation>Add a currency</translation>
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
<context>
    <name>dealdesk::RenameDialog</name>
    <message>
        <source>Rename or merge</source>
        <translation>Rename or merge</translation>
    </message>
    <message>
        <source>New name for “%1” in the whole corpus:</source>
        <translation>New name for “%1” in the whole corpus:</translation>
    </message>
    <message>
        <source>“%1” is already in the corpus: “%2” will be merged into it, and recognised as the same name from now on.</source>
        <translation>“%1” is already in the corpus: “%2” will be merged into it, and recognised as the same name from now on.</translation>
    </message>
    <message>
        <source>Every mention and deal is renamed; “%1” is kept as an alias.</source>
        <translation>Every mention and deal is renamed; “%1” is kept as an alias.</translation>
    </message>
</context>
</TS>