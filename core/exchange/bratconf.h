#pragma once
// The brat collection configuration our exports ship with: annotation.conf declares the
// span types, the Deal event and the attributes (review state, origin, qualifier, role,
// grain, status); visual.conf gives them labels and colours. The names used in .ann files
// are here too, so the writer, the reader and the configuration cannot drift apart.

#include <QString>
#include <QStringList>

namespace dealdesk::brat {

inline constexpr char16_t moneyType[] = u"MONEY";
inline constexpr char16_t dateType[] = u"DATE";
inline constexpr char16_t dealType[] = u"Deal";
// Event argument roles of a Deal.
inline constexpr char16_t investorRole[] = u"Investor";
inline constexpr char16_t targetRole[] = u"Target";
inline constexpr char16_t amountRole[] = u"Amount";
inline constexpr char16_t dateRole[] = u"Date";
// Attribute names.
inline constexpr char16_t stateAttribute[] = u"State";
inline constexpr char16_t originAttribute[] = u"Origin";
inline constexpr char16_t qualifierAttribute[] = u"Qualifier";
inline constexpr char16_t roleAttribute[] = u"Role";
inline constexpr char16_t grainAttribute[] = u"Grain";
inline constexpr char16_t statusAttribute[] = u"Status";

[[nodiscard]] QString annotationConf();
[[nodiscard]] QString visualConf();

} // namespace dealdesk::brat
