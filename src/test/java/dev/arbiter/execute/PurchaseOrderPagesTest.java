package dev.arbiter.execute;

import static dev.arbiter.execute.AdActions.anOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseOrderPagesTest {
    @TempDir
    Path out;

    @Test
    void each_supplier_gets_a_printable_page_with_quantities_unit_costs_totals_and_reasoning() throws Exception {
        List<Path> pages = new PurchaseOrderPages().write(List.of(
                anOrder("GP-02", "Ningbo Homeware Co.", 200, "2.345", "cover < lead time & <falling>"),
                anOrder("GP-01", "Ningbo Homeware Co.", 600, "4.25", "cover falls to 12 days"),
                anOrder("TW-01", "Xiamen Oceanic", 50, "1.10", "reorder point reached")), out, LocalDate.of(2026, 11, 23));

        assertEquals(List.of(out.resolve("po-ningbo-homeware-co-2026-11-23.html"),
                out.resolve("po-xiamen-oceanic-2026-11-23.html")), pages);
        String page = Files.readString(pages.get(0));
        assertTrue(page.contains("<tbody>\n<tr><td>GP-01</td><td class=\"n\">600</td><td class=\"n\">4.25</td>"
                + "<td class=\"n\">2550.00</td><td>cover falls to 12 days</td></tr>\n"
                + "<tr><td>GP-02</td><td class=\"n\">200</td><td class=\"n\">2.345</td><td class=\"n\">469.00</td>"
                + "<td>cover &lt; lead time &amp; &lt;falling&gt;</td></tr>\n</tbody>"), page);
        assertTrue(page.contains("<tfoot><tr><th>Total</th><th class=\"n\">800</th><th></th><th class=\"n\">3019.00</th>"),
                page);
        assertTrue(page.contains("Supplier: <strong>Ningbo Homeware Co.</strong><br>Date: 2026-11-23<br>Currency: USD"), page);
    }
}
