#pragma once
// A fixed table of names for an enum's values, both ways. The names are contracts (the JSON
// of `dealdesk extract`, the values the store holds), so each table lives beside its enum.

#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <utility>

namespace dealdesk {

template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char16_t *>, N>;

template <typename Enum, std::size_t N>
[[nodiscard]] QString enumName(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> enumValue(const EnumNames<Enum, N> &names, QStringView name)
{
    for (const auto &[e, n] : names) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

} // namespace dealdesk
