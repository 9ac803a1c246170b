#pragma once
// The annotation exchange formats and their names on the command line and in the desk.

#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

enum class ExchangeFormat { Brat, JsonLines, Csv };

[[nodiscard]] QString toString(ExchangeFormat);                     // brat, jsonl, csv
[[nodiscard]] std::optional<ExchangeFormat> exchangeFormatFromString(QStringView);

} // namespace dealdesk
