#include "ui/dealmodel.h"

#include "ui/findingtext.h"

#include <QDate>
#include <QLocale>

namespace dealdesk {

DealModel::DealModel(QObject *parent) : QAbstractTableModel(parent) {}

DealModel::~DealModel() = default;

void DealModel::setDeals(const QList<StoredDeal> &deals)
{
    beginResetModel();
    m_deals = deals;
    endResetModel();
}

int DealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int DealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredDeal &d = m_deals[index.row()];
    // The deal's own date when the text gives one, else the article's.
    const QString date = d.deal.date.isEmpty() ? d.published.left(10) : d.deal.date;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InvestorColumn:
            return d.deal.investor;
        case TargetColumn:
            return d.deal.target;
        case AmountColumn:
            return d.deal.money ? formatMoney(*d.deal.money) : QString();
        case StatusColumn:
            return statusName(d.deal.status);
        case DateColumn:
            return date;
        case SourceColumn:
            return d.outlet.isEmpty() ? d.title : d.outlet;
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(d.title.toHtmlEscaped(), d.evidence.simplified().toHtmlEscaped());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case AmountColumn:
            // Amounts compare in their units; a deal without one sorts below every amount.
            return d.deal.money ? std::max(d.deal.money->low, d.deal.money->high) : -1.0;
        case StatusColumn:
            return int(d.deal.status);
        case DateColumn:
            return date;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ArticleIdRole:
        return d.articleId;
    case FindingIdRole:
        return d.findingId;
    }
    return {};
}

QVariant DealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InvestorColumn:
        return tr("Investor");
    case TargetColumn:
        return tr("Target");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace dealdesk
