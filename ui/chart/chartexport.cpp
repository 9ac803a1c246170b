#include "ui/chart/chartexport.h"

#include "core/chart/charttext.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace dealdesk {
namespace {

// QPdfWriter stamps each file with the time it was written (/CreationDate, and the dates of
// its XMP packet) and a random document id (/ID, xmpMM:DocumentID). Repeatable output needs
// them fixed: the date becomes the newest report date of the chart's data (noon UTC; 2000-01-01
// without one) and the id a hash of the page's bytes without it. Each is rewritten at the same
// length, so the cross-reference offsets stay right. The writer also numbers its fonts in
// QHash order, which follows the process' hash seed: `dealdesk chart` fixes the seed
// (app/main.cpp), the desk's exports repeat within a session.
QByteArray fixedPdf(QByteArray pdf, const ChartData &data)
{
    QString newest;
    for (const ChartItem &item : data.items) {
        for (const ChartSource &s : item.sources)
            newest = std::max(newest, s.published.left(10));
    }
    QDate day = QDate::fromString(newest, Qt::ISODate);
    if (!day.isValid())
        day = QDate(2000, 1, 1);
    // "(D:20261125121314+00'00')": keep the length of what Qt wrote, put the fixed day in.
    const QByteArray pdfDate = "D:" + day.toString(u"yyyyMMdd").toLatin1() + "120000";
    for (qsizetype at = pdf.indexOf("/CreationDate (D:"); at >= 0; at = pdf.indexOf("/CreationDate (D:", at + 1)) {
        const qsizetype start = at + int(sizeof("/CreationDate (") - 1);
        const qsizetype end = pdf.indexOf(')', start);
        if (end < 0)
            break;
        QByteArray value = pdfDate + "Z";
        value = value.leftJustified(end - start, ' ', true);
        pdf.replace(start, end - start, value);
    }
    // XMP dates: "2026-11-25T12:13:14+00:00" and the like, up to the closing tag.
    const QByteArray isoDay = day.toString(Qt::ISODate).toLatin1() + "T12:00:00Z";
    for (const char *tag : {"<xmp:CreateDate>", "<xmp:ModifyDate>", "<xmp:MetadataDate>"}) {
        for (qsizetype at = pdf.indexOf(tag); at >= 0; at = pdf.indexOf(tag, at + 1)) {
            const qsizetype start = at + qsizetype(strlen(tag));
            const qsizetype end = pdf.indexOf('<', start);
            if (end < 0)
                break;
            pdf.replace(start, end - start, isoDay.leftJustified(end - start, ' ', true));
        }
    }
    // Ids: the uuid after "uuid:" and the hex strings of the trailer's /ID, made of a hash of
    // the file with every id blanked.
    QByteArray blanked = pdf;
    auto blankAfter = [](QByteArray &bytes, const QByteArray &marker, char stop) {
        for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
            const qsizetype start = at + marker.size();
            const qsizetype end = bytes.indexOf(stop, start);
            if (end < 0)
                break;
            bytes.replace(start, end - start, QByteArray(end - start, '0'));
        }
    };
    blankAfter(blanked, "uuid:", '<');
    blankAfter(blanked, "/ID [<", ']');
    const QByteArray hash = QCryptographicHash::hash(blanked, QCryptographicHash::Sha256).toHex();
    auto idAfter = [&](const QByteArray &marker, char stop, bool keepBrackets) {
        for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
            const qsizetype start = at + marker.size();
            const qsizetype end = pdf.indexOf(stop, start);
            if (end < 0)
                break;
            QByteArray value;
            for (qsizetype i = start; i < end; ++i) {
                const char c = pdf[i];
                const bool hex = std::isxdigit(static_cast<unsigned char>(c));
                value.append(hex || !keepBrackets ? (hex ? hash[(i - start) % hash.size()] : c) : c);
            }
            pdf.replace(start, end - start, value);
        }
    };
    idAfter("uuid:", '<', true);
    idAfter("/ID [<", ']', true);
    return pdf;
}

} // namespace

std::optional<ChartFormat> chartFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ChartFormat::Png;
    if (suffix == u"svg")
        return ChartFormat::Svg;
    if (suffix == u"pdf")
        return ChartFormat::Pdf;
    if (suffix == u"csv")
        return ChartFormat::Csv;
    return std::nullopt;
}

QByteArray renderPng(const ChartPage &page, qreal ratio)
{
    const QSize pixels = (page.size() * ratio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        page.paint(painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const ChartPage &page, const QString &description)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(page.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), page.size()));
    svg.setResolution(96);
    svg.setTitle(page.title());
    svg.setDescription(description);
    {
        QPainter painter(&svg);
        page.paint(painter);
    }
    return bytes;
}

QByteArray renderPdf(const ChartPage &page, const ChartData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(page.title());
        pdf.setCreator(QStringLiteral("Dealdesk"));
        // 96 dots per inch: one logical pixel is one device pixel, a page as large as the chart.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(page.size() * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        page.paint(painter);
    }
    return fixedPdf(bytes, data);
}

bool exportChart(const ChartData &data, const ChartCaption &caption, const QString &path, const QSizeF &size,
                 qreal ratio, QString *error)
{
    const auto format = chartFormatFor(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("%1: the name must end in .png, .svg, .pdf or .csv").arg(path);
        return false;
    }
    QByteArray bytes;
    if (*format == ChartFormat::Csv) {
        bytes = chartCsv(data).toUtf8();
    } else {
        const ChartPage page(data, caption, size, *format != ChartFormat::Png);
        switch (*format) {
        case ChartFormat::Png:
            bytes = renderPng(page, ratio);
            break;
        case ChartFormat::Svg:
            bytes = renderSvg(page, altText(data, caption));
            break;
        case ChartFormat::Pdf:
            bytes = renderPdf(page, data);
            break;
        case ChartFormat::Csv:
            break;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dealdesk
