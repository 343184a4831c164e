#include "export/pptx_package.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <zip.h>

#include <memory>

namespace dealgraph::app {

namespace {

const char kRelationshipsNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";
const char kOfficeRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char kPresentationMl[] = "application/vnd.openxmlformats-officedocument.presentationml.";
const char kNamespaces[] =
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";
const char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

QByteArray part(const QByteArray& body) {
    return QByteArray(kXmlDeclaration) + body;
}

struct Relationship {
    QString id;
    QString type; // after kOfficeRel
    QString target;
};

QByteArray relationships(const std::vector<Relationship>& list) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(QString::fromLatin1(kRelationshipsNs));
    for (const Relationship& r : list) {
        xml.writeStartElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), r.id);
        xml.writeAttribute(QStringLiteral("Type"), r.type.startsWith(QLatin1String("http"))
                                                       ? r.type
                                                       : QString::fromLatin1(kOfficeRel) + r.type);
        xml.writeAttribute(QStringLiteral("Target"), r.target);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

// One theme for the master and the notes master: the slides colour everything themselves, so
// the theme only has to be complete (PowerPoint refuses a package with a partial one).
QByteArray theme() {
    auto colour = [](const char* name, const char* rgb) {
        return QByteArray("<a:") + name + "><a:srgbClr val=\"" + rgb + "\"/></a:" + name + ">";
    };
    QByteArray scheme =
        "<a:clrScheme name=\"dealgraph\">" + colour("dk1", "1F2328") + colour("lt1", "FFFFFF") +
        colour("dk2", "44546A") + colour("lt2", "E7E6E6") + colour("accent1", "1B9E77") +
        colour("accent2", "1F4E9E") + colour("accent3", "B8860B") + colour("accent4", "7B4FD6") +
        colour("accent5", "C0392B") + colour("accent6", "2E86AB") + colour("hlink", "0563C1") +
        colour("folHlink", "954F72") + "</a:clrScheme>";
    const QByteArray fonts =
        "<a:fontScheme name=\"dealgraph\"><a:majorFont><a:latin typeface=\"DejaVu Sans\"/>"
        "<a:ea typeface=\"WenQuanYi Micro Hei\"/><a:cs typeface=\"\"/></a:majorFont><a:minorFont>"
        "<a:latin typeface=\"DejaVu Sans\"/><a:ea typeface=\"WenQuanYi Micro Hei\"/>"
        "<a:cs typeface=\"\"/></a:minorFont></a:fontScheme>";
    const QByteArray fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    const QByteArray line = "<a:ln w=\"9525\">" + fill + "</a:ln>";
    const QByteArray effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    const QByteArray formats = "<a:fmtScheme name=\"dealgraph\"><a:fillStyleLst>" + fill + fill +
                               fill + "</a:fillStyleLst><a:lnStyleLst>" + line + line + line +
                               "</a:lnStyleLst><a:effectStyleLst>" + effect + effect + effect +
                               "</a:effectStyleLst><a:bgFillStyleLst>" + fill + fill + fill +
                               "</a:bgFillStyleLst></a:fmtScheme>";
    return part(R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
                R"(name="dealgraph"><a:themeElements>)" +
                scheme + fonts + formats + "</a:themeElements></a:theme>");
}

QByteArray emptyTree() {
    return R"(<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>)"
           R"(</p:nvGrpSpPr><p:grpSpPr/></p:spTree>)";
}

const char kColourMap[] = R"(bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" )"
                          R"(accent2="accent2" accent3="accent3" accent4="accent4" )"
                          R"(accent5="accent5" accent6="accent6" hlink="hlink" )"
                          R"(folHlink="folHlink")";

QByteArray slideMaster() {
    return part(QByteArray("<p:sldMaster ") + kNamespaces + "><p:cSld>" + emptyTree() +
                "</p:cSld><p:clrMap " + kColourMap +
                R"(/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>)"
                "</p:sldLayoutIdLst><p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/>"
                "</p:txStyles></p:sldMaster>");
}

QByteArray slideLayout() {
    return part(QByteArray("<p:sldLayout ") + kNamespaces +
                R"( type="blank" preserve="1"><p:cSld name="Blank">)" + emptyTree() +
                "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>");
}

QByteArray notesMaster() {
    return part(QByteArray("<p:notesMaster ") + kNamespaces + "><p:cSld>" + emptyTree() +
                "</p:cSld><p:clrMap " + kColourMap + "/></p:notesMaster>");
}

QByteArray presentation(std::size_t slides, QSize slideEmu) {
    QByteArray ids;
    for (std::size_t i = 0; i < slides; ++i)
        ids += "<p:sldId id=\"" + QByteArray::number(static_cast<qulonglong>(256 + i)) +
               "\" r:id=\"rId" + QByteArray::number(static_cast<qulonglong>(10 + i)) + "\"/>";
    return part(QByteArray("<p:presentation ") + kNamespaces +
                R"( saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" )"
                R"(r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId )"
                R"(r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>)" +
                ids + "</p:sldIdLst><p:sldSz cx=\"" + QByteArray::number(slideEmu.width()) +
                "\" cy=\"" + QByteArray::number(slideEmu.height()) +
                R"("/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle/>)"
                "</p:presentation>");
}

QByteArray contentTypes(std::size_t slides) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    auto byDefault = [&](const char* extension, const QString& type) {
        xml.writeStartElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), QString::fromLatin1(extension));
        xml.writeAttribute(QStringLiteral("ContentType"), type);
        xml.writeEndElement();
    };
    auto override = [&](const QString& name, const QString& type) {
        xml.writeStartElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), name);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
        xml.writeEndElement();
    };
    const QString ml = QString::fromLatin1(kPresentationMl);
    byDefault("rels", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    byDefault("xml", QStringLiteral("application/xml"));
    byDefault("png", QStringLiteral("image/png"));
    override(QStringLiteral("/ppt/presentation.xml"), ml + QStringLiteral("presentation.main+xml"));
    override(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"),
             ml + QStringLiteral("slideMaster+xml"));
    override(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"),
             ml + QStringLiteral("slideLayout+xml"));
    override(QStringLiteral("/ppt/notesMasters/notesMaster1.xml"),
             ml + QStringLiteral("notesMaster+xml"));
    for (const char* name : {"/ppt/theme/theme1.xml", "/ppt/theme/theme2.xml"})
        override(QString::fromLatin1(name),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    override(QStringLiteral("/ppt/presProps.xml"), ml + QStringLiteral("presProps+xml"));
    override(QStringLiteral("/ppt/viewProps.xml"), ml + QStringLiteral("viewProps+xml"));
    override(QStringLiteral("/ppt/tableStyles.xml"), ml + QStringLiteral("tableStyles+xml"));
    override(QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(
        QStringLiteral("/docProps/app.xml"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    for (std::size_t i = 1; i <= slides; ++i) {
        override(QStringLiteral("/ppt/slides/slide%1.xml").arg(i),
                 ml + QStringLiteral("slide+xml"));
        override(QStringLiteral("/ppt/notesSlides/notesSlide%1.xml").arg(i),
                 ml + QStringLiteral("notesSlide+xml"));
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray coreProperties(const QString& title) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    xml.writeNamespace(cp, QStringLiteral("cp"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(terms, QStringLiteral("dcterms"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    xml.writeStartElement(cp, QStringLiteral("coreProperties"));
    xml.writeTextElement(dc, QStringLiteral("title"), title);
    xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("dealgraph"));
    xml.writeStartElement(terms, QStringLiteral("created"));
    xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray zipParts(const std::vector<std::pair<QString, QByteArray>>& parts, QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("writing the .pptx archive failed: %1").arg(why);
        return QByteArray();
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    // An archive in memory: the caller writes the bytes atomically, like every export.
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer)
        return fail(QString::fromUtf8(zip_error_strerror(&zipError)));
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        zip_source_free(buffer);
        return fail(QString::fromUtf8(zip_error_strerror(&zipError)));
    }
    zip_source_keep(buffer); // read back after zip_close
    for (const auto& [name, bytes] : parts) {
        // libzip reads the data at zip_close: `parts` outlives it.
        zip_source_t* data = zip_source_buffer(archive, bytes.constData(),
                                               static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!data || zip_file_add(archive, name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_source_free(data);
            zip_discard(archive);
            zip_source_free(buffer);
            return fail(why);
        }
    }
    if (zip_close(archive) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return fail(why);
    }
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(static_cast<qsizetype>(size));
            if (zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) != size)
                out.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (out.isEmpty())
        return fail(QStringLiteral("the archive could not be read back"));
    return out;
}

QByteArray pptxPackage(const std::vector<PptxSlideXml>& slides, QSize slideEmu,
                       const QString& title, QString* error) {
    std::vector<std::pair<QString, QByteArray>> parts;
    parts.emplace_back(QStringLiteral("[Content_Types].xml"), contentTypes(slides.size()));
    parts.emplace_back(
        QStringLiteral("_rels/.rels"),
        relationships({{QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                        QStringLiteral("ppt/presentation.xml")},
                       {QStringLiteral("rId2"),
                        QStringLiteral("http://schemas.openxmlformats.org/package/"
                                       "2006/relationships/metadata/"
                                       "core-properties"),
                        QStringLiteral("docProps/core.xml")},
                       {QStringLiteral("rId3"), QStringLiteral("extended-properties"),
                        QStringLiteral("docProps/app.xml")}}));
    parts.emplace_back(QStringLiteral("docProps/core.xml"), coreProperties(title));
    parts.emplace_back(
        QStringLiteral("docProps/app.xml"),
        part(R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/)"
             R"(extended-properties"><Application>dealgraph</Application></Properties>)"));
    std::vector<Relationship> presentationRels = {
        {QStringLiteral("rId1"), QStringLiteral("slideMaster"),
         QStringLiteral("slideMasters/slideMaster1.xml")},
        {QStringLiteral("rId2"), QStringLiteral("notesMaster"),
         QStringLiteral("notesMasters/notesMaster1.xml")},
        {QStringLiteral("rId3"), QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")},
        {QStringLiteral("rId4"), QStringLiteral("presProps"), QStringLiteral("presProps.xml")},
        {QStringLiteral("rId5"), QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")},
        {QStringLiteral("rId6"), QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")}};
    for (std::size_t i = 0; i < slides.size(); ++i)
        presentationRels.push_back({QStringLiteral("rId%1").arg(10 + i), QStringLiteral("slide"),
                                    QStringLiteral("slides/slide%1.xml").arg(i + 1)});
    parts.emplace_back(QStringLiteral("ppt/presentation.xml"),
                       presentation(slides.size(), slideEmu));
    parts.emplace_back(QStringLiteral("ppt/_rels/presentation.xml.rels"),
                       relationships(presentationRels));
    parts.emplace_back(QStringLiteral("ppt/presProps.xml"),
                       part(QByteArray("<p:presentationPr ") + kNamespaces + "/>"));
    parts.emplace_back(QStringLiteral("ppt/viewProps.xml"),
                       part(QByteArray("<p:viewPr ") + kNamespaces + "/>"));
    parts.emplace_back(
        QStringLiteral("ppt/tableStyles.xml"),
        part(R"(<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
             R"(def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>)"));
    parts.emplace_back(QStringLiteral("ppt/theme/theme1.xml"), theme());
    parts.emplace_back(QStringLiteral("ppt/theme/theme2.xml"), theme());
    parts.emplace_back(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), slideMaster());
    parts.emplace_back(QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
                       relationships({{QStringLiteral("rId1"), QStringLiteral("slideLayout"),
                                       QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                      {QStringLiteral("rId2"), QStringLiteral("theme"),
                                       QStringLiteral("../theme/theme1.xml")}}));
    parts.emplace_back(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), slideLayout());
    parts.emplace_back(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                       relationships({{QStringLiteral("rId1"), QStringLiteral("slideMaster"),
                                       QStringLiteral("../slideMasters/slideMaster1.xml")}}));
    parts.emplace_back(QStringLiteral("ppt/notesMasters/notesMaster1.xml"), notesMaster());
    parts.emplace_back(QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                       relationships({{QStringLiteral("rId1"), QStringLiteral("theme"),
                                       QStringLiteral("../theme/theme2.xml")}}));
    for (std::size_t i = 0; i < slides.size(); ++i) {
        const QString n = QString::number(i + 1);
        parts.emplace_back(QStringLiteral("ppt/slides/slide%1.xml").arg(n), slides[i].slide);
        std::vector<Relationship> slideRels = {
            {QStringLiteral("rId1"), QStringLiteral("slideLayout"),
             QStringLiteral("../slideLayouts/slideLayout1.xml")},
            {QStringLiteral("rId2"), QStringLiteral("notesSlide"),
             QStringLiteral("../notesSlides/notesSlide%1.xml").arg(n)}};
        if (!slides[i].legend.isEmpty()) {
            slideRels.push_back({QString::fromLatin1(kLegendImageRel), QStringLiteral("image"),
                                 QStringLiteral("../media/legend%1.png").arg(n)});
            parts.emplace_back(QStringLiteral("ppt/media/legend%1.png").arg(n), slides[i].legend);
        }
        parts.emplace_back(QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(n),
                           relationships(slideRels));
        parts.emplace_back(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n),
                           slides[i].notes);
        parts.emplace_back(QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(n),
                           relationships({{QStringLiteral("rId1"), QStringLiteral("notesMaster"),
                                           QStringLiteral("../notesMasters/notesMaster1.xml")},
                                          {QStringLiteral("rId2"), QStringLiteral("slide"),
                                           QStringLiteral("../slides/slide%1.xml").arg(n)}}));
    }
    return zipParts(parts, error);
}

} // namespace dealgraph::app
