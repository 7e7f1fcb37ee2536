package dev.arbiter.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML row by row (SAX), turning cells into {@link Cell}s: number cells keep their exact
 * decimal text, date-formatted ones are marked so the reader treats them as Excel serial days.
 */
final class SheetRows extends DefaultHandler {
    /** Thrown to stop reading a sheet nobody wants. */
    static final class SkipSheet extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private final String sheet;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final TableVisitor visitor;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private List<Cell> cells = new ArrayList<>();
    private Consumer<SourceRow> rows;
    private long rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;

    SheetRows(String sheet, SharedStrings strings, StylesTable styles, TableVisitor visitor) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.visitor = visitor;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                cells = new ArrayList<>(cells.size());
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? cells.size() : columnIndex(ref);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add(Cell.EMPTY);
                }
                cells.add(cell());
            }
            case "row" -> row();
            default -> {}
        }
    }

    private Cell cell() {
        String text = value.toString();
        if (type == null || type.equals("n")) {
            if (text.isEmpty()) {
                return Cell.EMPTY;
            }
            return new Cell(text, new BigDecimal(text), isDateStyle(style));
        }
        if (type.equals("s")) {
            return Cell.text(strings.getItemAt(Integer.parseInt(text.trim())).getString());
        }
        return Cell.text(text);
    }

    private void row() throws SAXException {
        SourceRow row = new SourceRow(rowNumber, cells);
        if (rows != null) {
            rows.accept(row);
            return;
        }
        if (row.isBlank()) {
            return;
        }
        List<String> header = new ArrayList<>(cells.size());
        cells.forEach(c -> header.add(c.text()));
        Optional<Consumer<SourceRow>> wanted = visitor.table(sheet, header);
        if (wanted.isEmpty()) {
            throw new SkipSheet();
        }
        rows = wanted.get();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            String format = cellStyle.getDataFormatString();
            return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
        });
    }

    private static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
