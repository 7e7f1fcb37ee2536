package dev.arbiter.execute.bulksheet;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a Sponsored Products bulksheet upload (XLSX tab {@value BulksheetWriter#SHEET}, or its CSV) back into rows:
 * columns matched by header, amounts at two decimals, every Sponsored Products entity and operation of the template
 * checked, each problem reported with its line and column.
 */
public final class BulksheetReader {
    private static final Set<String> ENTITIES = Set.of("campaign", "ad group", "product ad", "keyword",
            "negative keyword", "campaign negative keyword", "product targeting", "negative product targeting",
            "campaign negative product targeting", "bidding adjustment");
    private static final Set<String> OPERATIONS = Set.of("create", "update", "archive");

    /** The change rows of the file, in file order. */
    public List<BulksheetRow> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> table = name.endsWith(".xlsx") ? xlsx(file) : csv(file);
        if (table.isEmpty()) {
            throw ArbiterException.badInput("the bulksheet is empty",
                    List.of(Problem.ofFile(file.toString(), "no header line", "write the file with arbiter execute")));
        }
        Map<Integer, BulksheetColumn> columns = new java.util.HashMap<>();
        List<String> headers = table.get(0);
        for (int c = 0; c < headers.size(); c++) {
            int index = c;
            BulksheetColumn.byHeader(headers.get(c)).ifPresent(column -> columns.put(index, column));
        }
        List<Problem> problems = new ArrayList<>();
        for (BulksheetColumn required : List.of(BulksheetColumn.PRODUCT, BulksheetColumn.ENTITY, BulksheetColumn.OPERATION)) {
            if (!columns.containsValue(required)) {
                problems.add(new Problem(file.toString(), 1, 0, "", "no column '" + required.header() + "'",
                        "every Sponsored Products bulksheet has Product, Entity and Operation columns"));
            }
        }
        List<BulksheetRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size() && problems.isEmpty(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<BulksheetColumn, String> values = new EnumMap<>(BulksheetColumn.class);
            columns.forEach((index, column) -> values.put(column, index < cells.size() ? cells.get(index).trim() : ""));
            check(file, r + 1L, columns, values, problems);
            rows.add(new BulksheetRow(values));
        }
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput("cannot read the bulksheet " + file.getFileName(), problems);
        }
        return List.copyOf(rows);
    }

    private static void check(Path file, long line, Map<Integer, BulksheetColumn> columns,
            Map<BulksheetColumn, String> values, List<Problem> problems) {
        expect(file, line, columns, values, BulksheetColumn.PRODUCT, Set.of("sponsored products"),
                "this reader reads Sponsored Products rows only", problems);
        expect(file, line, columns, values, BulksheetColumn.ENTITY, ENTITIES,
                "use an entity of the Sponsored Products template, e.g. Keyword or Campaign", problems);
        expect(file, line, columns, values, BulksheetColumn.OPERATION, OPERATIONS,
                "use Create, Update or Archive", problems);
    }

    private static void expect(Path file, long line, Map<Integer, BulksheetColumn> columns,
            Map<BulksheetColumn, String> values, BulksheetColumn column, Set<String> allowed, String hint,
            List<Problem> problems) {
        String value = values.getOrDefault(column, "");
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            int position = columns.entrySet().stream().filter(e -> e.getValue() == column).mapToInt(Map.Entry::getKey)
                    .findFirst().orElse(-1) + 1;
            problems.add(new Problem(file.toString(), line, position, value, "unknown " + column.header().toLowerCase(Locale.ROOT), hint));
        }
    }

    private static List<List<String>> csv(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new CsvCells(text).records().stream().map(CsvCells.Line::cells).toList();
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> xlsx(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(BulksheetWriter.SHEET);
            if (sheet == null) {
                throw ArbiterException.badInput("cannot read the bulksheet " + file.getFileName(), List.of(Problem.ofFile(
                        file.toString(), "no tab '" + BulksheetWriter.SHEET + "'",
                        "Sponsored Products rows belong on that tab of the bulksheet")));
            }
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int width = row == null ? 0 : row.getLastCellNum();
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c)));
                }
                table.add(cells);
            }
            return table;
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
