#include "ui/dealdialog.h"

#include "ui/findingtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace dealdesk {
namespace {

constexpr DealStatus allStatuses[] = {DealStatus::Completed, DealStatus::Announced, DealStatus::InTalks,
                                      DealStatus::Planned, DealStatus::Rumored};

// The entity names of the article that can invest or be invested in: those inside the
// sentence first (most likely the parties), then the rest, each once.
QStringList partyNames(const QList<FindingRecord> &records, TextRange sentence)
{
    QStringList names;
    for (const bool inSentence : {true, false}) { // a name also met earlier still counts as inside
        for (const FindingRecord &r : records) {
            const auto *e = std::get_if<EntityMention>(&r.value);
            if (!e || r.state == FindingState::Rejected || e->canonical.isEmpty()
                || r.range.overlaps(sentence) != inSentence || names.contains(e->canonical)
                || !(e->type == EntityType::Org || e->type == EntityType::Person || e->type == EntityType::Project))
                continue;
            names << e->canonical;
        }
    }
    return names;
}

void selectOrSet(QComboBox *box, const QString &text)
{
    const int i = box->findText(text);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(text);
}

} // namespace

DealDialog::DealDialog(const Article &article, const QList<FindingRecord> &records, TextRange sentence,
                       const std::optional<Deal> &initial, QWidget *parent)
    : QDialog(parent), m_sentence(sentence), m_investor(new QComboBox(this)), m_target(new QComboBox(this)),
      m_amount(new QComboBox(this)), m_status(new QComboBox(this)), m_date(new QComboBox(this)),
      m_evidence(new QLabel(this))
{
    setObjectName(u"dealDialog"_qs);
    setWindowTitle(initial ? tr("Edit deal") : tr("New deal"));
    const QLocale locale;
    const QStringList parties = partyNames(records, sentence);
    for (QComboBox *box : {m_investor, m_target}) {
        box->setEditable(true); // a party the extractor missed is typed
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(QString());
        box->addItems(parties);
        box->setMinimumContentsLength(24);
    }
    m_investor->setObjectName(u"dealInvestor"_qs);
    m_target->setObjectName(u"dealTarget"_qs);

    m_amount->setObjectName(u"dealAmount"_qs);
    m_amount->addItem(tr("No amount"));
    int firstInSentence = 0;
    for (const FindingRecord &r : records) {
        const auto *a = std::get_if<Amount>(&r.value);
        if (!a || r.state == FindingState::Rejected)
            continue;
        m_amounts << a->money;
        m_amount->addItem(tr("%1  (“%2”)").arg(formatMoney(a->money, locale), a->text.simplified()));
        if (firstInSentence == 0 && r.range.overlaps(sentence))
            firstInSentence = int(m_amounts.size());
    }
    m_amount->setCurrentIndex(firstInSentence);

    m_status->setObjectName(u"dealStatus"_qs);
    for (DealStatus s : allStatuses)
        m_status->addItem(statusName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(DealStatus::Announced)));

    m_date->setObjectName(u"dealDate"_qs);
    m_date->setEditable(true);
    m_date->setInsertPolicy(QComboBox::NoInsert);
    m_date->addItem(QString());
    int dateInSentence = 0;
    for (const FindingRecord &r : records) {
        const auto *d = std::get_if<DateMention>(&r.value);
        if (!d || r.state == FindingState::Rejected || d->value.isEmpty() || m_date->findText(d->value) >= 0)
            continue;
        m_date->addItem(d->value);
        if (dateInSentence == 0 && r.range.overlaps(sentence))
            dateInSentence = m_date->count() - 1;
    }
    m_date->setCurrentIndex(dateInSentence);
    m_date->setToolTip(tr("ISO 8601 at its grain: 2025, 2025-03, 2025-03-14, 2025-Q3"));

    // The parties the sentence names first, in their order: a sensible start to correct.
    if (parties.size() >= 2) {
        m_investor->setCurrentIndex(1);
        m_target->setCurrentIndex(2);
    }
    if (initial) {
        selectOrSet(m_investor, initial->investor);
        selectOrSet(m_target, initial->target);
        m_amount->setCurrentIndex(initial->money ? std::max(0, int(m_amounts.indexOf(*initial->money)) + 1) : 0);
        if (initial->money && !m_amounts.contains(*initial->money)) {
            m_amounts << *initial->money; // an amount edited by hand: kept as a choice
            m_amount->addItem(formatMoney(*initial->money, locale));
            m_amount->setCurrentIndex(m_amount->count() - 1);
        }
        m_status->setCurrentIndex(m_status->findData(int(initial->status)));
        selectOrSet(m_date, initial->date);
    }

    m_evidence->setObjectName(u"dealEvidence"_qs);
    m_evidence->setWordWrap(true);
    m_evidence->setText(article.text.mid(sentence.start, sentence.length()).simplified());
    m_evidence->setMargin(6);
    m_evidence->setAutoFillBackground(true);
    m_evidence->setBackgroundRole(QPalette::AlternateBase);
    m_evidence->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(initial ? tr("Save deal") : tr("Add deal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(tr("Investor:"), m_investor);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Date:"), m_date);
    form->addRow(buttons);
}

DealDialog::~DealDialog() = default;

Deal DealDialog::deal() const
{
    Deal d;
    d.investor = m_investor->currentText().simplified();
    d.target = m_target->currentText().simplified();
    const int amount = m_amount->currentIndex();
    if (amount > 0 && amount <= m_amounts.size())
        d.money = m_amounts[amount - 1];
    d.status = DealStatus(m_status->currentData().toInt());
    d.date = m_date->currentText().trimmed();
    d.evidence = m_sentence;
    return d;
}

} // namespace dealdesk
