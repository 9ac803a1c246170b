#include "ui/dealpanel.h"

#include "ui/dealmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dealdesk {

DealPanel::DealPanel(QWidget *parent)
    : QWidget(parent), m_model(new DealModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this))
{
    setObjectName(u"dealPanel"_qs);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DealModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // investor, target, source: any column
    m_filter->setObjectName(u"dealFilter"_qs);
    m_filter->setPlaceholderText(tr("Filter deals"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"dealTable"_qs);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DealModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto activate = [this](const QModelIndex &index) {
        const MergedDeal &deal = m_model->deal(m_proxy->mapToSource(index).row());
        emit dealActivated(index.data(DealModel::ArticleIdRole).toLongLong(), deal.investor, deal.target);
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

DealPanel::~DealPanel() = default;

void DealPanel::setDeals(const CorpusDeals &deals)
{
    m_model->setDeals(deals);
    m_view->resizeColumnsToContents();
}

} // namespace dealdesk
