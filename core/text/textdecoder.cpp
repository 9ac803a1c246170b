#include "core/text/textdecoder.h"

#include "core/text/composednfc.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <optional>

namespace dealdesk {
namespace {

struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

bool isBinaryControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7F;
}

// More than one control character in twenty (or any NUL) is not something a person wrote.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (isBinaryControl(c.unicode()))
            ++controls;
    }
    return controls * 20 > text.size();
}

std::optional<QString> decodeStrict(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// ICU's detector cannot tell ISO-8859-1 from ISO-8859-15 (they differ in eight letters), and
// it reports ISO-8859-1 for text without bytes 0x80-0x9F, which windows-1252 reads the same
// way. Byte 0xA4 is "¤" in Latin-1 and "€" in Latin-9: nobody writes "¤", so it decides.
QByteArray refineLatin(const QByteArray &icuName, QByteArrayView bytes)
{
    if (icuName != "ISO-8859-1")
        return icuName;
    bool has80to9F = false;
    bool hasA4 = false;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        has80to9F = has80to9F || (b >= 0x80 && b <= 0x9F);
        hasA4 = hasA4 || b == 0xA4;
    }
    if (hasA4 && !has80to9F)
        return QByteArrayLiteral("ISO-8859-15");
    return QByteArrayLiteral("windows-1252");
}

QByteArray detectCharset(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return QByteArrayLiteral("windows-1252");
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return QByteArrayLiteral("windows-1252");
    const char *name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name)
        return QByteArrayLiteral("windows-1252");
    const QByteArray detected(name);
    // UTF-8 was ruled out before we got here; UTF-16/32 without a BOM would have NUL bytes.
    if (detected.startsWith("UTF-"))
        return QByteArrayLiteral("windows-1252");
    return refineLatin(detected, bytes);
}

std::optional<QString> decodeWithIcu(const QByteArray &charset, QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.constData(), &status));
    if (U_FAILURE(status))
        return std::nullopt;
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
                                         static_cast<int32_t>(out.size()), bytes.data(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

} // namespace

QString normalizeLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }
    std::optional<QString> text;
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8");
        text = decodeStrict(QStringDecoder::Utf8, view.sliced(3));
    } else if (view.startsWith("\xFF\xFE")) {
        result.encoding = QStringLiteral("UTF-16LE");
        text = decodeStrict(QStringDecoder::Utf16LE, view.sliced(2));
    } else if (view.startsWith("\xFE\xFF")) {
        result.encoding = QStringLiteral("UTF-16BE");
        text = decodeStrict(QStringDecoder::Utf16BE, view.sliced(2));
    } else {
        if (view.contains('\0')) {
            result.error = QStringLiteral("binary data, not text (NUL bytes)");
            return result;
        }
        text = decodeStrict(QStringDecoder::Utf8, view);
        if (text) {
            result.encoding = QStringLiteral("UTF-8");
        } else {
            const QByteArray charset = detectCharset(view);
            text = decodeWithIcu(charset, view);
            result.encoding = QString::fromLatin1(charset);
        }
    }
    if (!text) {
        result.error = QStringLiteral("cannot decode the bytes as %1").arg(result.encoding);
        return result;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    if (looksBinary(*text)) {
        result.error = QStringLiteral("binary data, not text (control characters)");
        return result;
    }
    if (text->trimmed().isEmpty()) {
        result.error = QStringLiteral("empty file (white space only)");
        return result;
    }
    result.text = composedNfc(normalizeLineEnds(std::move(*text)));
    return result;
}

} // namespace dealdesk
