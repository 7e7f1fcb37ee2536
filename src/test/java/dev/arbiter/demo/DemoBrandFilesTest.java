package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Objective;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBrandFilesTest {
    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 14);
    static final int DAYS = 14;

    @TempDir
    static Path workspace;

    static DemoFiles written;

    @BeforeAll
    static void writeTheBrand() {
        written = aSmallBrand(workspace, 7);
    }

    static DemoFiles aSmallBrand(Path dir, long seed) {
        return new DemoBrand(seed, 20).write(dir, LAST_DAY, DAYS);
    }

    @Test
    void writing_twice_with_the_same_seed_gives_identical_bytes_in_text_files_and_workbook_entries(@TempDir Path other) throws IOException {
        DemoFiles first = written;
        DemoFiles second = aSmallBrand(other, 7);

        List<Path> texts = textFiles(first);
        assertEquals(4 + 2 * DAYS, texts.size());
        for (Path file : texts) {
            Path twin = other.resolve("inbox").resolve(file.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(twin), file.getFileName().toString());
        }
        assertEquals(first.reports().size(), second.reports().size());
        for (Path report : first.reports()) {
            if (report.getFileName().toString().endsWith(".xlsx")) {
                assertEquals(zipEntries(report), zipEntries(other.resolve("inbox").resolve(report.getFileName().toString())),
                        report.getFileName().toString());
            }
        }
    }

    /** Each zip entry's name and the SHA-256 of its content, ignoring the entries' timestamps. */
    private static Map<String, String> zipEntries(Path workbook) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), HexFormat.of().formatHex(sha256().digest(in.readAllBytes())));
                }
            }
        }
        return entries;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void another_seed_draws_another_brand(@TempDir Path other) throws IOException {
        aSmallBrand(other, 8);

        assertNotEquals(
                Files.readString(workspace.resolve("inbox/catalog.csv")), Files.readString(other.resolve("inbox/catalog.csv")));
    }

    @Test
    void writes_one_business_report_and_one_inventory_file_per_day_named_by_iso_date() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(workspace.resolve("inbox"))) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        for (LocalDate day = LAST_DAY.minusDays(DAYS - 1); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            assertTrue(names.contains("BusinessReport-" + day + ".csv"), day.toString());
            assertTrue(names.contains("fba-inventory-planning-" + day + ".txt"), day.toString());
        }
        // noon UTC of 2026-03-14 is 1773489600000 ms after the epoch
        assertTrue(names.containsAll(List.of(
                "catalog.csv", "ratings.csv", "fba-fee-preview.txt", "Sponsored Products Search term report.xlsx",
                "Sponsored Products Advertised product report.xlsx", "bulksheet-1773489600000.xlsx",
                "sb-campaigns-2026-03-14.json")));
        assertEquals(7 + 2 * DAYS, names.size());
    }

    @Test
    void reports_what_it_wrote() {
        DemoFiles files = written;

        assertEquals(20, files.skus());
        assertEquals(workspace.resolve("operating-model.yaml"), files.operatingModel());
        assertEquals(7 + 2 * DAYS, files.reports().size());
        assertTrue(files.campaigns() >= 20 && files.targets() > files.campaigns(), files.toString());
        for (Path report : files.reports()) {
            assertTrue(Files.isRegularFile(report), report.toString());
        }
    }

    @Test
    void the_catalog_has_our_header_five_categories_and_every_objective() throws IOException {
        List<String> lines = Files.readAllLines(workspace.resolve("inbox/catalog.csv"), StandardCharsets.UTF_8);
        assertEquals("sku,asin,title,category,unit_cost,currency,lead_time_days,supplier,objective,case_pack",
                lines.get(0));
        assertEquals(21, lines.size());
        Set<String> categories = new TreeSet<>();
        Set<Objective> objectives = EnumSet.noneOf(Objective.class);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = CsvLine.split(line);
            categories.add(fields.get(3));
            objectives.add(Objective.byKey(fields.get(8)).orElseThrow());
            assertTrue(fields.get(4).matches("\\d+\\.\\d{2}"), fields.get(4));
            int leadTime = Integer.parseInt(fields.get(6));
            assertTrue(leadTime >= 15 && leadTime <= 60, line);
        }
        assertEquals(Set.of("Bath", "Kitchen", "Office", "Outdoor", "Pet"), categories);
        assertEquals(EnumSet.allOf(Objective.class), objectives);
    }

    @Test
    void the_operating_model_is_the_shipped_resource_with_the_outdoor_launch_dated_six_weeks_before_the_last_day()
            throws IOException {
        DemoFiles files = written;

        try (InputStream resource = DemoBrand.class.getResourceAsStream("operating-model.yaml")) {
            // 2026-03-14 − 6 weeks + 1 day = 2026-02-01: day 42 of an 8-week launch on the last day
            String expected = new String(resource.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("from: 2026-01-05", "from: 2026-02-01");
            assertEquals(expected, Files.readString(files.operatingModel(), StandardCharsets.UTF_8));
        }
        assertTrue(Files.readString(files.operatingModel()).contains("portfolio: Brand Defense"));
    }

    @Test
    void the_business_report_is_utf8_with_bom_and_quotes_every_field() throws IOException {
        byte[] bytes = Files.readAllBytes(workspace.resolve("inbox/BusinessReport-" + LAST_DAY + ".csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        for (String line : lines) {
            List<String> fields = CsvLine.split(line);
            assertEquals(22, fields.size(), line);
            assertTrue(line.startsWith("\"") && line.endsWith("\"") && line.split("\",\"", -1).length == 22, line);
        }
        List<String> row = CsvLine.split(lines.get(1));
        assertTrue(row.get(6).matches("\\d+\\.\\d{2}%"), row.get(6));
        assertTrue(row.get(18).matches("\\$\\d{1,3}(,\\d{3})*\\.\\d{2}"), row.get(18));
        assertTrue(row.get(4).matches("\\d{1,3}(,\\d{3})*"), row.get(4));
    }

    @Test
    void the_fee_preview_marks_fees_that_do_not_apply_with_two_dashes() throws IOException {
        List<String> lines = Files.readAllLines(workspace.resolve("inbox/fba-fee-preview.txt"));
        assertEquals(21, lines.size());
        List<String> fields = List.of(lines.get(1).split("\t", -1));
        assertEquals(25, fields.size());
        assertEquals(List.of("--", "--", "--"), fields.subList(21, 24));
        double total = Double.parseDouble(fields.get(18));
        double parts = Double.parseDouble(fields.get(19)) + Double.parseDouble(fields.get(24));
        assertEquals(parts, total, 0.001);
    }

    @Test
    void the_inventory_snapshot_date_is_the_day_in_the_file_name() throws IOException {
        List<String> lines = Files.readAllLines(workspace.resolve("inbox/fba-inventory-planning-" + LAST_DAY + ".txt"));
        assertEquals(21, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(31, fields.length, line);
            assertEquals(LAST_DAY.toString(), fields[0]);
            long available = Long.parseLong(fields[6]);
            long aged = 0;
            for (int i = 8; i <= 13; i++) {
                aged += Long.parseLong(fields[i]);
            }
            assertEquals(available, aged, "age buckets add up to available: " + line);
            assertFalse(fields[23].isEmpty());
        }
    }

    @Test
    void refuses_a_window_of_no_days(@TempDir Path other) {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> DemoBrand.of(1).write(other, LAST_DAY, 0));

        assertEquals("days must be at least 1, not 0", error.getMessage());
    }

    private static List<Path> textFiles(DemoFiles files) {
        List<Path> texts = new ArrayList<>();
        for (Path report : files.reports()) {
            String name = report.getFileName().toString();
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".json")) {
                texts.add(report);
            }
        }
        return texts;
    }
}
