package dev.arbiter.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code fba-fee-preview.txt}: the older US FBA fee preview layout, 25 tab-separated columns (formats doc C10). */
final class FeePreviewFile {
    static final String FILE_NAME = "fba-fee-preview.txt";
    static final List<String> HEADER = List.of(
            "sku", "fnsku", "asin", "product-name", "product-group", "brand", "fulfilled-by", "your-price",
            "sales-price", "longest-side", "median-side", "shortest-side", "length-and-girth", "unit-of-dimension",
            "item-package-weight", "unit-of-weight", "product-size-tier", "currency", "estimated-fee-total",
            "estimated-referral-fee-per-unit", "estimated-variable-closing-fee",
            "estimated-order-handling-fee-per-order", "estimated-pick-pack-fee-per-unit",
            "estimated-weight-handling-fee-per-unit", "expected-fulfillment-fee-per-unit");
    private static final String NOT_APPLICABLE = "--";

    private FeePreviewFile() {}

    /** One row per SKU at the prices of the last report day ({@code offset}). */
    static int write(Path inbox, List<Product> products, int offset) {
        try (TextFile file = new TextFile(inbox.resolve(FILE_NAME), false)) {
            file.line(HEADER, "\t");
            for (Product product : products) {
                long salePrice = product.salePriceCents(offset);
                long referral = product.referralFeeCents(salePrice);
                long fulfilment = product.fulfilmentFeeCents();
                double girth = product.longestSide() + 2 * (product.medianSide() + product.shortestSide());
                file.line(List.of(
                        product.sku(), product.fnsku(), product.asin(), product.title(), product.category().label(),
                        Assortment.BRAND, "Amazon", dollars(product.priceCents()), dollars(salePrice),
                        decimal(product.longestSide()), decimal(product.medianSide()), decimal(product.shortestSide()),
                        decimal(girth), "inches", decimal(product.weightPounds()), "pounds", product.sizeTier().label(),
                        "USD", dollars(referral + fulfilment), dollars(referral), "0.00", NOT_APPLICABLE,
                        NOT_APPLICABLE, NOT_APPLICABLE, dollars(fulfilment)), "\t");
            }
            return file.dataLines();
        }
    }

    static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
