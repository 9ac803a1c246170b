#include "core/exchange/exchangeformat.h"

#include "core/text/enumnames.h"

namespace dealdesk {
namespace {

constexpr EnumNames<ExchangeFormat, 3> formatNames{{{ExchangeFormat::Brat, u"brat"},
                                                    {ExchangeFormat::JsonLines, u"jsonl"},
                                                    {ExchangeFormat::Csv, u"csv"}}};

} // namespace

QString toString(ExchangeFormat f)
{
    return enumName(formatNames, f);
}

std::optional<ExchangeFormat> exchangeFormatFromString(QStringView s)
{
    return enumValue(formatNames, s);
}

} // namespace dealdesk
