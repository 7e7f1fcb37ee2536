package dev.arbiter.execute.bulksheet;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV text split into records of cells: quoted cells may hold commas, doubled quotes and line breaks. */
record CsvCells(String text) {

    /** The records with the line each starts on, a byte-order mark dropped. */
    List<Line> records() {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Line(start, List.copyOf(cells)));
                cells.clear();
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Line(start, List.copyOf(cells)));
        }
        return records;
    }

    /** One record and the line it starts on. */
    record Line(long number, List<String> cells) {}
}
