package dev.arbiter.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.govern.Actions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceAndQuantityFileTest {
    @TempDir
    Path out;

    @Test
    void an_approved_price_change_becomes_a_tab_delimited_line_with_only_sku_and_price_filled() throws IOException {
        Path file = new PriceAndQuantityFile().write(List.of(Actions.aPriceChange("1299.00", "1234.50")), out,
                LocalDate.of(2026, 11, 22));

        assertEquals("price-quantity-2026-11-22.txt", file.getFileName().toString());
        assertEquals("sku\tprice\tminimum-seller-allowed-price\tmaximum-seller-allowed-price\tquantity\thandling-time"
                + "\tfulfillment-channel\nGP-01\t1234.50\t\t\t\t\t\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
