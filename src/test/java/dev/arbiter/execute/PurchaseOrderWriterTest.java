package dev.arbiter.execute;

import static dev.arbiter.execute.AdActions.anOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseOrderWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path out;

    @Test
    void each_supplier_gets_one_file_with_lines_sorted_by_sku_and_a_total() throws Exception {
        List<RestockOrder> orders = List.of(
                anOrder("GP-02", "Ösby Häus & Co.", 120, "3.345", "14 days of cover, lead time 30"),
                anOrder("BOARD-9", "Northwind", 10, "12", "out of stock in 5 days"),
                anOrder("GP-01", "Ösby Häus & Co.", 200, "2.5", "cover 9 days, lead time 21, 31.2 units/day"));

        List<Path> files = new PurchaseOrderWriter().write(orders, out, DAY);

        assertEquals(List.of(out.resolve("po-northwind-2026-11-23.csv"), out.resolve("po-osby-haus-co-2026-11-23.csv")),
                files);
        // 200 × 2.50 = 500.00; 120 × 3.345 = 401.40; total 901.40 for 320 units
        assertEquals("""
                supplier,sku,quantity,unit_cost,currency,line_total,reason
                Ösby Häus & Co.,GP-01,200,2.50,USD,500.00,"cover 9 days, lead time 21, 31.2 units/day"
                Ösby Häus & Co.,GP-02,120,3.345,USD,401.40,"14 days of cover, lead time 30"
                Ösby Häus & Co.,TOTAL,320,,USD,901.40,
                """, Files.readString(files.get(1), StandardCharsets.UTF_8));
        assertEquals("""
                supplier,sku,quantity,unit_cost,currency,line_total,reason
                Northwind,BOARD-9,10,12.00,USD,120.00,out of stock in 5 days
                Northwind,TOTAL,10,,USD,120.00,
                """, Files.readString(files.get(0), StandardCharsets.UTF_8));
    }

    @Test
    void line_totals_are_rounded_to_cents_and_the_total_adds_up_the_lines() throws Exception {
        // 3 × 0.3333 = 0.9999 → 1.00 and 7 × 0.1234 = 0.8638 → 0.86; the total is 1.86, the sum of the lines
        List<RestockOrder> orders = List.of(anOrder("A", "Acme", 3, "0.3333", "r"), anOrder("B", "Acme", 7, "0.1234", "r"));

        Path file = new PurchaseOrderWriter().write(orders, out, DAY).get(0);

        assertEquals(List.of("supplier,sku,quantity,unit_cost,currency,line_total,reason",
                        "Acme,A,3,0.3333,USD,1.00,r", "Acme,B,7,0.1234,USD,0.86,r", "Acme,TOTAL,10,,USD,1.86,"),
                Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void suppliers_whose_names_make_the_same_slug_get_distinct_files() {
        List<RestockOrder> orders = List.of(anOrder("A", "Acme Inc", 1, "1", "r"), anOrder("B", "ACME inc.", 1, "1", "r"));

        List<Path> files = new PurchaseOrderWriter().write(orders, out, DAY);

        assertEquals(List.of(out.resolve("po-acme-inc-2-2026-11-23.csv"), out.resolve("po-acme-inc-2026-11-23.csv")),
                files);
    }

    @Test
    void a_supplier_priced_in_two_currencies_is_refused_before_anything_is_written() throws Exception {
        RestockOrder euros = new RestockOrder(new Sku("B"), "Acme", 5, Money.of("2", "EUR"), new Rationale("r", List.of()));
        List<RestockOrder> orders = List.of(anOrder("A", "Acme", 1, "1", "r"), euros);

        ArbiterException refused = assertThrows(ArbiterException.class, () -> new PurchaseOrderWriter().write(orders, out, DAY));

        assertEquals(ErrorKind.USER, refused.kind());
        assertEquals("po-acme: orders for supplier 'Acme' are priced in EUR and USD; give each supplier's unit costs in one currency in the catalog",
                refused.problems().get(0).render());
        try (var listing = Files.list(out)) {
            assertEquals(0, listing.count());
        }
    }

    @Test
    void no_orders_write_no_files() {
        assertEquals(List.of(), new PurchaseOrderWriter().write(List.of(), out, DAY));
    }
}
