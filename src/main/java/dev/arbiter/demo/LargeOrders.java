package dev.arbiter.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@value #FILE_NAME}, an order-lines file in our customers format (docs/customers.md) for a large brand:
 * customers arrive evenly over the days, buy at their own Gamma-distributed rate and drop out after any purchase
 * with their own Beta-distributed chance (the BG/NBD story), one to three lines an order; about 3 % of units
 * come back. Streamed one line at a time.
 */
final class LargeOrders {
    static final String FILE_NAME = "orders.csv";
    private static final List<String> HEADER = List.of(
            "order_id", "customer_id", "order_date", "sku", "quantity", "unit_price", "returned_quantity", "channel");
    private static final List<String> CHANNELS = List.of("sponsored-products", "organic", "social", "email");

    private final List<Product> products;
    private final long seed;
    private final int customers;

    LargeOrders(List<Product> products, long seed, int customers) {
        this.products = products;
        this.seed = seed;
        this.customers = customers;
    }

    /** Writes the orders placed from {@code first} to {@code last}; returns the order lines written. */
    long write(Path file, LocalDate first, LocalDate last) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xC0FFEEL);
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        long order = 0;
        try (TextFile out = new TextFile(file, false)) {
            out.line(HEADER, ",");
            for (int c = 0; c < customers; c++) {
                String customer = "C" + (c + 1);
                String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                double rate = gamma(0.6, 0.05, random);
                double dropout = 0.1 + 0.5 * random.nextDouble();
                int day = random.nextInt(days);
                while (day < days) {
                    order++;
                    int lines = 1 + random.nextInt(3);
                    for (int l = 0; l < lines; l++) {
                        Product product = products.get(random.nextInt(products.size()));
                        int quantity = 1 + (random.nextDouble() < 0.2 ? random.nextInt(3) : 0);
                        int returned = random.nextDouble() < 0.03 ? 1 : 0;
                        out.line(List.of("O" + order, customer, first.plusDays(day).toString(), product.sku(),
                                Integer.toString(quantity), FeePreviewFile.dollars(product.priceCents()),
                                Integer.toString(returned), channel), ",");
                    }
                    if (random.nextDouble() < dropout || rate <= 0) {
                        break;
                    }
                    day += 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) / rate);
                }
            }
            return out.dataLines();
        }
    }

    /** A Gamma(shape, rate) draw by Marsaglia and Tsang, boosted for shapes below one. */
    private static double gamma(double shape, double rate, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, rate, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }
}
