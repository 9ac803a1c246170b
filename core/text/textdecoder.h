#pragma once
// Turns the bytes of a file into the text the program holds: the charset is taken from a BOM,
// else UTF-8 when the bytes are valid UTF-8, else ICU's charset detector picks a legacy
// single-byte charset. Binary data is refused with a reason rather than decoded into noise.

#include <QByteArray>
#include <QString>

namespace dealdesk {

struct DecodedText
{
    QString text;     // BOM dropped, "\r\n" and lone "\r" turned into "\n", NFC-normalised
    QString encoding; // what was used: "UTF-8", "UTF-16LE", "windows-1252", ...
    QString error;    // why the bytes are not text; empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Decodes `bytes`. An empty input gives an error ("empty file"), as does binary data (NUL
// bytes outside UTF-16, or mostly control characters).
// NFC is applied here, before any offset is computed, so every offset the program keeps points
// into the normalised text; a decomposed "e + U+0301" from a Mac becomes one "é".
[[nodiscard]] DecodedText decodeText(const QByteArray &bytes);

// Line ends only: "\r\n" and "\r" become "\n". Used by decodeText and by readers of text that
// arrives already decoded (JSON strings).
[[nodiscard]] QString normalizeLineEnds(QString text);

} // namespace dealdesk
