package dev.arbiter.execute;

import dev.arbiter.model.PriceChange;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Writes approved price changes as a Seller Central Price &amp; Quantity inventory file,
 * {@code price-quantity-YYYY-MM-DD.txt}: tab-delimited, header {@value #HEADER}, one line per SKU sorted by SKU with
 * only {@code sku} and {@code price} filled (a plain decimal without thousands separator or symbol). Amazon keeps
 * the current value of every blank cell, so quantity (blank for FBA listings) and the other columns stay as they are.
 * Upload it under Inventory, Add Products via Upload; prices are never sent through the Ads API.
 */
public final class PriceAndQuantityFile {

    /** The template's columns, tab-separated. */
    public static final String HEADER = "sku\tprice\tminimum-seller-allowed-price\tmaximum-seller-allowed-price\tquantity"
            + "\thandling-time\tfulfillment-channel";

    /** Writes the file into {@code outDir}, replacing one of the same day, and returns it. */
    public Path write(List<PriceChange> changes, Path outDir, LocalDate day) {
        List<PriceChange> sorted = changes.stream().sorted(Comparator.comparing(c -> c.sku().value())).toList();
        return new OutputFile(outDir.resolve(fileName(day))).write(out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(HEADER);
            writer.write('\n');
            for (PriceChange change : sorted) {
                writer.write(change.sku().value() + "\t" + change.newPrice().plain() + "\t\t\t\t\t\n");
            }
            writer.flush();
        });
    }

    public static String fileName(LocalDate day) {
        return "price-quantity-" + day + ".txt";
    }
}
