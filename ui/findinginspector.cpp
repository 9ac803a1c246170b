#include "ui/findinginspector.h"

#include "core/text/tokenizer.h"
#include "ui/findingeditor.h"
#include "ui/findingtext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dealdesk {
namespace {

constexpr int recordRole = Qt::UserRole + 1;

} // namespace

FindingInspector::FindingInspector(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_fields(new QLabel(this)), m_sentence(new QLabel(this)),
      m_editHeading(new QLabel(tr("Correct"), this)), m_editor(new FindingEditor(this)), m_deals(new QTreeWidget(this))
{
    setObjectName(u"findingInspector"_qs);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_fields->setObjectName(u"inspectorFields"_qs);
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setWordWrap(true);
    m_sentence->setObjectName(u"inspectorSentence"_qs);
    m_sentence->setTextFormat(Qt::RichText);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setMargin(6);
    m_sentence->setAutoFillBackground(true);
    m_sentence->setBackgroundRole(QPalette::AlternateBase);

    m_deals->setObjectName(u"articleDeals"_qs);
    m_deals->setHeaderLabels({tr("Deal"), tr("Amount"), tr("Status")});
    m_deals->setRootIsDecorated(false);
    m_deals->setWordWrap(true);
    m_deals->setAlternatingRowColors(true);
    m_deals->header()->setStretchLastSection(false);
    m_deals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deals->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_deals->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_deals, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit recordChosen(item->data(0, recordRole).toInt());
    });
    m_deals->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_deals, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *item = m_deals->itemAt(pos);
        if (!item)
            return;
        const int index = item->data(0, recordRole).toInt();
        QMenu menu;
        menu.addAction(tr("Edit deal…"), this, [this, index] { emit dealEditRequested(index); });
        menu.addAction(tr("Delete deal"), this, [this, index] { emit dealRemoveRequested(index); });
        menu.exec(m_deals->viewport()->mapToGlobal(pos));
    });
    m_editHeading->setFont(bold);

    auto *dealsHeading = new QLabel(tr("Deals in this article"), this);
    dealsHeading->setFont(bold);
    // The finding's part scrolls on its own, so a long sentence never squeezes the deals.
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    // What can be corrected first, where the eye lands; the sentence and the record after.
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_editHeading);
    detailsLayout->addWidget(m_editor);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_sentence);
    detailsLayout->addWidget(m_fields);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(scroll, 3);
    layout->addSpacing(6);
    layout->addWidget(dealsHeading);
    layout->addWidget(m_deals, 2);
    showRecord(-1);
}

FindingInspector::~FindingInspector() = default;

TextRange FindingInspector::sentenceAround(QStringView text, TextRange range)
{
    if (range.start < 0 || range.end > text.size())
        return range;
    static const SentenceSplitter splitter;
    const QList<TextRange> sentences = splitter.split(text);
    TextRange result = range;
    for (const TextRange &s : sentences) {
        if (s.end <= range.start)
            continue;
        if (s.start >= range.end)
            break;
        result.start = std::min(result.start, s.start);
        result.end = std::max(result.end, s.end);
    }
    return result;
}

void FindingInspector::setArticle(const Article &article, const QList<FindingRecord> &records)
{
    m_article = article;
    m_records = records;
    const QSignalBlocker blocker(m_deals);
    m_deals->clear();
    const QLocale locale;
    for (int i = 0; i < records.size(); ++i) {
        const auto *deal = std::get_if<Deal>(&records[i].value);
        if (!deal || records[i].state == FindingState::Rejected)
            continue;
        auto *item = new QTreeWidgetItem(m_deals);
        item->setText(0, tr("%1 → %2").arg(deal->investor.isEmpty() ? tr("?") : deal->investor,
                                         deal->target.isEmpty() ? tr("?") : deal->target));
        item->setText(1, deal->money ? formatMoney(*deal->money, locale) : QString());
        item->setText(2, statusName(deal->status));
        item->setToolTip(0, records[i].text);
        item->setData(0, recordRole, i);
        // The evidence sentence as a child line, so it reads under its deal.
        auto *evidence = new QTreeWidgetItem(item);
        evidence->setText(0, records[i].text.simplified());
        evidence->setFirstColumnSpanned(true);
        evidence->setForeground(0, palette().color(QPalette::PlaceholderText));
        evidence->setData(0, recordRole, i);
    }
    m_deals->expandAll();
    showRecord(-1);
}

void FindingInspector::showRecord(int index)
{
    if (index < 0 || index >= m_records.size()) {
        m_heading->setText(tr("No finding selected"));
        m_fields->setText(tr("Click a highlighted word, or press F3 for the next finding. "
                             "Select words and press 1–5, m or d to label them."));
        m_sentence->hide();
        m_editHeading->hide();
        m_editor->setRecord(std::nullopt);
        return;
    }
    m_editHeading->show();
    m_editor->setRecord(m_records[index]);
    const FindingRecord &r = m_records[index];
    const QLocale locale;
    m_heading->setText(hoverText(r, m_records, locale));
    QString rows;
    const QString grey = palette().color(QPalette::PlaceholderText).name();
    for (const auto &[label, value] : findingFields(r, locale)) {
        rows += u"<tr><td style='padding-right:10px; color:"_qs + grey + u"'>"_qs + label.toHtmlEscaped() + u"</td><td>"_qs + value.toHtmlEscaped() + u"</td></tr>"_qs;
    }
    if (!r.editedBy.isEmpty()) {
        // Who decided or corrected it last, and when, in local time.
        const QDateTime at = QDateTime::fromString(r.editedAt, Qt::ISODateWithMs).toLocalTime();
        const QString when = at.isValid() ? locale.toString(at, QLocale::ShortFormat) : r.editedAt;
        rows += u"<tr><td style='padding-right:10px; color:"_qs + grey + u"'>"_qs + tr("Edited").toHtmlEscaped()
                + u"</td><td>"_qs + tr("%1, %2").arg(r.editedBy, when).toHtmlEscaped() + u"</td></tr>"_qs;
    }
    m_fields->setText(u"<table>"_qs + rows + u"</table>"_qs);
    const TextRange sentence = sentenceAround(m_article.text, r.range);
    const QString text = m_article.text;
    if (sentence.end <= text.size() && sentence.start >= 0 && r.range.end <= text.size()) {
        const QString before = text.mid(sentence.start, r.range.start - sentence.start);
        const QString inside = text.mid(r.range.start, r.range.length());
        const QString after = text.mid(r.range.end, sentence.end - r.range.end);
        m_sentence->setText(r.kind == FindingKind::Deal
                                ? inside.simplified().toHtmlEscaped()
                                : before.simplified().toHtmlEscaped() + u" <b>"_qs
                                      + inside.toHtmlEscaped() + u"</b> "_qs
                                      + after.simplified().toHtmlEscaped());
        m_sentence->show();
    } else {
        m_sentence->hide();
    }
}

QString FindingInspector::fieldsText() const
{
    QTextDocument doc;
    doc.setHtml(m_fields->text());
    return m_heading->text() + u'\n' + doc.toPlainText();
}

QString FindingInspector::sentenceText() const
{
    QTextDocument doc;
    doc.setHtml(m_sentence->text());
    return doc.toPlainText();
}

} // namespace dealdesk
