#include "ui/filterbar.h"

#include "ui/findingpalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace dealdesk {
namespace {

// The smallest date of the editors means "no bound" and shows as "any".
const QDate noBound(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noBound);
    edit->setSpecialValueText(FilterBar::tr("any"));
    edit->setDate(noBound);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_from(dateEdit(this, u"filterFrom"_qs)), m_to(dateEdit(this, u"filterTo"_qs)),
      m_outlet(new QComboBox(this)), m_language(new QComboBox(this)), m_deals(new QCheckBox(tr("With deals"), this)),
      m_entity(new QToolButton(this))
{
    setObjectName(u"filterBar"_qs);
    m_outlet->setObjectName(u"filterOutlet"_qs);
    m_outlet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outlet->setMinimumContentsLength(8);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(10);
    m_language->setObjectName(u"filterLanguage"_qs);
    m_deals->setObjectName(u"filterDeals"_qs);
    m_entity->setObjectName(u"filterEntity"_qs);
    m_entity->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_entity->setToolTip(tr("Articles that mention this entity; click to show all again"));
    m_entity->hide();
    setChoices({}, {});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_outlet, 1);
    layout->addWidget(m_language);
    layout->addWidget(m_deals);
    layout->addWidget(m_entity);

    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::update);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::update);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, &FilterBar::update);
    connect(m_language, &QComboBox::currentIndexChanged, this, &FilterBar::update);
    connect(m_deals, &QCheckBox::toggled, this, &FilterBar::update);
    connect(m_entity, &QToolButton::clicked, this, &FilterBar::clearEntity);
}

FilterBar::~FilterBar() = default;

void FilterBar::setChoices(const QStringList &outlets, const QStringList &languages)
{
    m_updating = true;
    const QString outlet = m_outlet->currentData().toString();
    const QString language = m_language->currentData().toString();
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    for (const QString &o : outlets)
        m_outlet->addItem(o, o);
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString &l : languages)
        m_language->addItem(QLocale(l).nativeLanguageName(), l);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_updating = false;
    update();
}

void FilterBar::setEntity(EntityType type, const QString &canonical)
{
    m_filter.entity = canonical;
    m_filter.entityType = type;
    m_entity->setText(tr("%1 (%2)  ✕").arg(canonical, highlightKindName(HighlightKind(int(type)))));
    m_entity->show();
    update();
}

void FilterBar::clearEntity()
{
    m_filter.entity.clear();
    m_filter.entityType.reset();
    m_entity->hide();
    update();
}

void FilterBar::setWithDeals(bool on)
{
    m_deals->setChecked(on);
}

void FilterBar::setDateRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from.isValid() ? from : noBound);
    m_to->setDate(to.isValid() ? to : noBound);
}

void FilterBar::setOutlet(const QString &outlet)
{
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
}

void FilterBar::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void FilterBar::update()
{
    if (m_updating)
        return;
    ArticleFilter next = m_filter;
    next.publishedFrom = m_from->date() == noBound ? QString() : m_from->date().toString(Qt::ISODate);
    next.publishedTo = m_to->date() == noBound ? QString() : m_to->date().toString(Qt::ISODate);
    next.outlet = m_outlet->currentData().toString();
    next.language = m_language->currentData().toString();
    next.withDeals = m_deals->isChecked();
    m_filter = next;
    emit filterChanged(m_filter);
}

} // namespace dealdesk
