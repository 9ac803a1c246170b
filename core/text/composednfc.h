#pragma once
// Unicode NFC ("e" + U+0301 -> "é") by ICU's normaliser. QString::normalized (Qt 6.4)
// composes in place and moves the rest of the text at every composition, so a large text
// with many decomposed letters (text copied from a Mac, some PDFs) cost the square of its
// length; ICU's normaliser reads it once.

#include <QString>

namespace dealdesk {

// `text` in NFC. Text that is NFC already (nearly all of it) comes back as it is, without a
// copy. Unpaired surrogates are kept as they are.
[[nodiscard]] QString composedNfc(QString text);

} // namespace dealdesk
