#include "ui/dealmodel.h"

#include "ui/findingtext.h"

#include <QLocale>

namespace dealdesk {

DealModel::DealModel(QObject *parent) : QAbstractTableModel(parent) {}

DealModel::~DealModel() = default;

void DealModel::setDeals(const CorpusDeals &deals)
{
    beginResetModel();
    m_deals = deals;
    endResetModel();
}

int DealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.deals.size());
}

int DealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DealModel::sourcesTip(const MergedDeal &d) const
{
    QString html;
    int shown = 0;
    for (const DealSource &s : d.sources) {
        if (s.evidence.isEmpty() || ++shown > 3)
            continue;
        const auto article = m_deals.articles.value(s.articleId);
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                    .arg(article.outlet.toHtmlEscaped(), article.title.toHtmlEscaped(),
                         s.evidence.simplified().toHtmlEscaped());
    }
    if (d.sources.size() > 3)
        html += tr("<p>and %1 more sources</p>").arg(QLocale().toString(d.sources.size() - 3));
    return html;
}

QVariant DealModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MergedDeal &d = m_deals.deals[index.row()];
    // The deal's own date when the text gives one, else its first source's.
    const QString date = !d.date.isEmpty() || d.sources.isEmpty()
                             ? d.date
                             : m_deals.articles.value(d.sources.first().articleId).published.left(10);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InvestorColumn:
            return d.investor;
        case TargetColumn:
            return d.target;
        case AmountColumn:
            return d.money ? formatMoney(*d.money) : QString();
        case StatusColumn:
            return statusName(d.status);
        case DateColumn:
            return date;
        case SourcesColumn: {
            if (d.sources.size() == 1)
                return m_deals.articles.value(d.sources.first().articleId).outlet;
            return tr("%1 articles").arg(QLocale().toString(d.sources.size()));
        }
        }
        break;
    case Qt::ToolTipRole:
        return sourcesTip(d);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case AmountColumn:
            // Amounts compare in their units; a deal without one sorts below every amount.
            return d.money ? std::max(d.money->low, d.money->high) : -1.0;
        case StatusColumn:
            return int(d.status);
        case SourcesColumn:
            return int(d.sources.size());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ArticleIdRole:
        return d.sources.isEmpty() ? qint64(0) : m_deals.articles.value(d.sources.first().articleId).storeId;
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
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

} // namespace dealdesk
