#include "ui/findingeditor.h"

#include "ui/findingpalette.h"
#include "ui/findingtext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringListModel>

namespace dealdesk {
namespace {

QDoubleSpinBox *moneyBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 1e15); // units of the currency: a trillion dollars fits
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);
    return box;
}

QCompleter *nameCompleter(QStringListModel *names, QObject *parent)
{
    auto *completer = new QCompleter(names, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

void selectData(QComboBox *box, int data)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(box->findData(data));
}

} // namespace

FindingEditor::FindingEditor(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_names(new QStringListModel(this)),
      m_canonical(new QLineEdit(this)), m_type(new QComboBox(this)), m_currency(new QLineEdit(this)),
      m_low(moneyBox(this, u"editLow"_qs)), m_high(moneyBox(this, u"editHigh"_qs)), m_qualifier(new QComboBox(this)),
      m_role(new QComboBox(this)), m_dateValue(new QLineEdit(this)), m_grain(new QComboBox(this)),
      m_investor(new QLineEdit(this)), m_target(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_dealDate(new QLineEdit(this)), m_dealButton(new QPushButton(tr("Amount and evidence…"), this)),
      m_note(new QLineEdit(this))
{
    setObjectName(u"findingEditor"_qs);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_canonical->setObjectName(u"editCanonical"_qs);
    m_canonical->setCompleter(nameCompleter(m_names, this));
    m_type->setObjectName(u"editType"_qs);
    for (int t = 0; t <= int(EntityType::Project); ++t)
        m_type->addItem(highlightKindName(HighlightKind(t)), t); // the same five, in order
    m_currency->setObjectName(u"editCurrency"_qs);
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(u"USD"_qs);
    m_qualifier->setObjectName(u"editQualifier"_qs);
    for (int q = 0; q <= int(Qualifier::Range); ++q)
        m_qualifier->addItem(qualifierName(Qualifier(q)), q);
    m_role->setObjectName(u"editRole"_qs);
    for (int r = 0; r <= int(MoneyRole::Other); ++r)
        m_role->addItem(roleName(MoneyRole(r)), r);
    m_dateValue->setObjectName(u"editDateValue"_qs);
    m_dateValue->setPlaceholderText(u"2025-03-14"_qs);
    m_grain->setObjectName(u"editGrain"_qs);
    for (int g = 0; g <= int(DateGrain::Duration); ++g)
        m_grain->addItem(grainName(DateGrain(g)), g);
    m_investor->setObjectName(u"editInvestor"_qs);
    m_investor->setCompleter(nameCompleter(m_names, this));
    m_target->setObjectName(u"editTarget"_qs);
    m_target->setCompleter(nameCompleter(m_names, this));
    m_status->setObjectName(u"editStatus"_qs);
    for (int s = 0; s <= int(DealStatus::Rumored); ++s)
        m_status->addItem(statusName(DealStatus(s)), s);
    m_dealDate->setObjectName(u"editDealDate"_qs);
    m_dealButton->setObjectName(u"editDealButton"_qs);
    m_note->setObjectName(u"editNote"_qs);
    m_note->setPlaceholderText(tr("A note for whoever checks this next"));

    m_form->addRow(tr("Canonical name:"), m_canonical);
    m_form->addRow(tr("Type:"), m_type);
    m_form->addRow(tr("Currency:"), m_currency);
    m_form->addRow(tr("Low:"), m_low);
    m_form->addRow(tr("High:"), m_high);
    m_form->addRow(tr("Qualifier:"), m_qualifier);
    m_form->addRow(tr("Role:"), m_role);
    m_form->addRow(tr("Value:"), m_dateValue);
    m_form->addRow(tr("Grain:"), m_grain);
    m_form->addRow(tr("Investor:"), m_investor);
    m_form->addRow(tr("Target:"), m_target);
    m_form->addRow(tr("Status:"), m_status);
    m_form->addRow(tr("Date:"), m_dealDate);
    m_form->addRow(QString(), m_dealButton);
    m_form->addRow(tr("Note:"), m_note);

    // A field is written when the journalist leaves it (or presses Enter), a choice at once.
    for (QLineEdit *edit : {m_canonical, m_currency, m_dateValue, m_investor, m_target, m_dealDate})
        connect(edit, &QLineEdit::editingFinished, this, &FindingEditor::commitValue);
    for (QDoubleSpinBox *box : {m_low, m_high})
        connect(box, &QDoubleSpinBox::editingFinished, this, &FindingEditor::commitValue);
    for (QComboBox *box : {m_type, m_qualifier, m_role, m_grain, m_status})
        connect(box, &QComboBox::activated, this, &FindingEditor::commitValue);
    connect(m_note, &QLineEdit::editingFinished, this, &FindingEditor::commitNote);
    connect(m_dealButton, &QPushButton::clicked, this, [this] {
        if (m_record)
            emit dealDialogRequested(*m_record);
    });
    setRecord(std::nullopt);
}

FindingEditor::~FindingEditor() = default;

void FindingEditor::setNames(const QStringList &names)
{
    m_names->setStringList(names);
}

void FindingEditor::setRecord(const std::optional<FindingRecord> &record)
{
    m_record = record;
    const QLocale locale;
    if (record) {
        std::visit([&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, EntityMention>) {
                m_canonical->setText(v.canonical);
                selectData(m_type, int(v.type));
            } else if constexpr (std::is_same_v<T, Amount>) {
                m_currency->setText(v.money.currency);
                const QSignalBlocker low(m_low), high(m_high);
                m_low->setValue(v.money.low);
                m_high->setValue(v.money.high);
                selectData(m_qualifier, int(v.money.qualifier));
                selectData(m_role, int(v.role));
            } else if constexpr (std::is_same_v<T, DateMention>) {
                m_dateValue->setText(v.value);
                selectData(m_grain, int(v.grain));
            } else {
                m_investor->setText(v.investor);
                m_target->setText(v.target);
                selectData(m_status, int(v.status));
                m_dealDate->setText(v.date);
            }
        }, record->value);
        m_note->setText(record->note);
    }
    showRows();
}

void FindingEditor::showRows()
{
    const int kind = m_record ? int(m_record->kind) : -1;
    const auto show = [this](QWidget *field, bool on) { m_form->setRowVisible(field, on); };
    const bool entity = kind == int(FindingKind::Entity), amount = kind == int(FindingKind::Amount);
    const bool date = kind == int(FindingKind::Date), deal = kind == int(FindingKind::Deal);
    show(m_canonical, entity);
    show(m_type, entity);
    for (QWidget *w : std::initializer_list<QWidget *>{m_currency, m_low, m_high, m_qualifier, m_role})
        show(w, amount);
    show(m_dateValue, date);
    show(m_grain, date);
    for (QWidget *w : std::initializer_list<QWidget *>{m_investor, m_target, m_status, m_dealDate, m_dealButton})
        show(w, deal);
    show(m_note, kind >= 0);
}

FindingValue FindingEditor::value() const
{
    if (!m_record)
        return {};
    FindingValue value = m_record->value;
    std::visit([&](auto &v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, EntityMention>) {
            v.canonical = m_canonical->text().simplified();
            v.type = EntityType(m_type->currentData().toInt());
        } else if constexpr (std::is_same_v<T, Amount>) {
            v.money.currency = m_currency->text().trimmed().toUpper();
            const bool point = v.money.low == v.money.high;
            const double low = m_low->value();
            // A point value stays one when its low is corrected.
            v.money.high = point && m_high->value() == v.money.high ? low : m_high->value();
            v.money.low = low;
            v.money.qualifier = Qualifier(m_qualifier->currentData().toInt());
            v.role = MoneyRole(m_role->currentData().toInt());
        } else if constexpr (std::is_same_v<T, DateMention>) {
            v.value = m_dateValue->text().trimmed();
            v.grain = DateGrain(m_grain->currentData().toInt());
        } else {
            v.investor = m_investor->text().simplified();
            v.target = m_target->text().simplified();
            v.status = DealStatus(m_status->currentData().toInt());
            v.date = m_dealDate->text().trimmed();
        }
    }, value);
    return value;
}

QString FindingEditor::note() const
{
    return m_note->text().trimmed();
}

void FindingEditor::commitValue()
{
    if (!m_record)
        return;
    const FindingValue edited = value();
    if (edited == m_record->value)
        return;
    const FindingRecord before = *m_record;
    m_record->value = edited; // a second signal for the same change (Enter, then focus out) is no edit
    emit valueEdited(before, edited);
}

void FindingEditor::commitNote()
{
    if (!m_record || note() == m_record->note)
        return;
    const FindingRecord before = *m_record;
    m_record->note = note();
    emit noteEdited(before, note());
}

} // namespace dealdesk
