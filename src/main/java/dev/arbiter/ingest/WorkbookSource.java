package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook, each sheet a table found by its header rather than its (truncated, localised) name; sheets are
 * streamed with POI's {@link XSSFReader} and SAX so a huge one is never held in memory.
 */
final class WorkbookSource implements TabularSource {
    private final Path file;
    private final String name;

    WorkbookSource(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public Optional<Problem> read(TableVisitor visitor) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheet, new SheetRows(sheets.getSheetName(), strings, styles, visitor));
                }
            }
            return Optional.empty();
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | POIXMLException
                | OpenXML4JRuntimeException
                | UnsupportedFileFormatException
                | NumberFormatException e) {
            return Optional.of(Problem.ofFile(
                    name,
                    "cannot read the workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); it looks damaged or truncated",
                    "download the report again as .xlsx"));
        }
    }

    private static void readSheet(InputStream sheet, SheetRows handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(sheet));
        } catch (SheetRows.SkipSheet skipped) {
            // nobody wants this sheet's rows
        }
    }
}
