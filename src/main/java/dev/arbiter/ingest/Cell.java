package dev.arbiter.ingest;

import java.math.BigDecimal;

/**
 * One cell as the file holds it: its text, and for a spreadsheet number cell the exact number and whether its format
 * is a date (then the number is an Excel serial day).
 */
record Cell(String text, BigDecimal number, boolean dateStyled) {
    static final Cell EMPTY = new Cell("", null, false);

    static Cell text(String text) {
        return text.isEmpty() ? EMPTY : new Cell(text, null, false);
    }

    boolean isBlank() {
        return number == null && text.isBlank();
    }
}
