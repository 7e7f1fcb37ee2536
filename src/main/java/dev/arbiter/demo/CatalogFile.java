package dev.arbiter.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code catalog.csv}, our own catalog/cost file (README): what Amazon does not know about a SKU. */
final class CatalogFile {
    static final String FILE_NAME = "catalog.csv";
    /** The demo's suppliers all ship in cases of ten. */
    static final int CASE_PACK = 10;
    static final List<String> HEADER =
            List.of("sku", "asin", "title", "category", "unit_cost", "currency", "lead_time_days", "supplier", "objective",
                    "case_pack");

    private CatalogFile() {}

    static int write(Path inbox, List<Product> products) {
        try (TextFile file = new TextFile(inbox.resolve(FILE_NAME), false)) {
            file.line(HEADER, ",");
            for (Product product : products) {
                List<String> fields = new ArrayList<>();
                fields.add(product.sku());
                fields.add(product.asin());
                fields.add(quoted(product.title()));
                fields.add(product.category().label());
                fields.add(BigDecimal.valueOf(product.unitCostCents(), 2).toPlainString());
                fields.add("USD");
                fields.add(Integer.toString(product.leadTimeDays()));
                fields.add(quoted(product.supplier()));
                fields.add(product.objective().key());
                fields.add(Integer.toString(CASE_PACK));
                file.line(fields, ",");
            }
            return file.dataLines();
        }
    }

    /** RFC 4180: quote a field only when it holds a comma, a quote or a line break. */
    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
