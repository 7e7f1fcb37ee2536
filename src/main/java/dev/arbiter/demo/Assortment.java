package dev.arbiter.demo;

import dev.arbiter.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Draws the demo brand's SKUs: categories, prices, costs, sizes, ratings, objectives, suppliers, stock profiles. */
final class Assortment {
    private static final int RATING_SLIDE_EVERY = 20;
    private static final int RATING_SLIDE_AT = 11;
    private static final double RATING_SLIDE_STARS = 0.5;
    static final String BRAND = "Hearthwell";
    private static final List<String> VARIANTS =
            List.of("Black", "White", "Stainless Steel", "Grey", "Large", "Small", "2-Pack", "Blue");
    private static final List<String> SUPPLIERS = List.of(
            "Ningbo Homeware Co", "Shenzhen Brightway", "Dongguan Evertrue", "Hangzhou Greenleaf",
            "Xiamen Oceanic Trading", "Monterrey Plasticos");
    private static final List<Objective> OBJECTIVE_DRAW = List.of(
            Objective.PROFIT, Objective.PROFIT, Objective.PROFIT, Objective.PROFIT, Objective.PROFIT,
            Objective.PROFIT, Objective.PROFIT, Objective.GROWTH, Objective.GROWTH, Objective.GROWTH,
            Objective.GROWTH, Objective.GROWTH, Objective.DEFEND, Objective.DEFEND, Objective.DEFEND,
            Objective.LAUNCH, Objective.LAUNCH, Objective.CLEAR_STOCK, Objective.CLEAR_STOCK, Objective.CLEAR_STOCK);

    private final SplittableRandom random;
    private final IdentifierSource ids;

    Assortment(SplittableRandom random, IdentifierSource ids) {
        this.random = random;
        this.ids = ids;
    }

    /** {@code count} SKUs for a report window of {@code days} days; the first five carry all five objectives. */
    List<Product> draw(int count, int days) {
        int[] supplierLeadTimes = new int[SUPPLIERS.size()];
        for (int i = 0; i < supplierLeadTimes.length; i++) {
            supplierLeadTimes[i] = 15 + random.nextInt(40);
        }
        List<String> parents = new ArrayList<>();
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Category category = Category.values()[i % Category.values().length];
            int lineIndex = (i / Category.values().length / 2) % category.lines().size();
            int parentKey = category.ordinal() * 100 + lineIndex;
            while (parents.size() <= parentKey) {
                parents.add(null);
            }
            if (parents.get(parentKey) == null) {
                parents.set(parentKey, ids.asin());
            }
            products.add(product(i, category, lineIndex, parents.get(parentKey), supplierLeadTimes, days));
        }
        return List.copyOf(products);
    }

    private Product product(int i, Category category, int lineIndex, String parent, int[] leadTimes, int days) {
        String line = category.lines().get(lineIndex);
        String variant = VARIANTS.get((lineIndex + i / Category.values().length) % VARIANTS.size());
        Objective objective = i < 5 ? Objective.values()[i] : OBJECTIVE_DRAW.get(random.nextInt(OBJECTIVE_DRAW.size()));
        long price = (category.minPriceCents()
                        + random.nextLong(category.maxPriceCents() - category.minPriceCents()))
                / 100
                * 100
                + 99;
        double costShare = 0.18 + random.nextDouble() * 0.22;
        double longest = 4 + random.nextDouble() * (category == Category.OUTDOOR ? 16 : 12);
        double median = longest * (0.3 + random.nextDouble() * 0.5);
        double shortest = median * (0.2 + random.nextDouble() * 0.5);
        double weight = 0.2 + random.nextDouble() * (longest > 12 ? 4.0 : 1.2);
        int supplier = random.nextInt(SUPPLIERS.size());
        int leadTime = Math.max(15, Math.min(60, leadTimes[supplier] - 3 + random.nextInt(7)));
        double sessions = (10 + random.nextDouble() * 110) * (objective == Objective.LAUNCH ? 0.4 : 1.0);
        Product.Period buyBoxLoss = Product.Period.NONE;
        if (i == 8 || random.nextDouble() < 0.12) {
            int first = random.nextInt(Math.max(1, days - 5));
            buyBoxLoss = new Product.Period(first, Math.min(days - 1, first + 4 + random.nextInt(18)));
        }
        Product.Period promotion = Product.Period.NONE;
        double discount = 0;
        if (objective == Objective.CLEAR_STOCK) {
            promotion = new Product.Period(0, days - 1);
            discount = 0.20;
        } else if (random.nextDouble() < 0.10) {
            int first = random.nextInt(Math.max(1, days - 7));
            promotion = new Product.Period(first, first + 6);
            discount = 0.15;
        }
        return new Product(
                i,
                String.format(Locale.ROOT, "HW-%s-%03d", category.code(), i + 1),
                ids.asin(),
                ids.fnsku(),
                parent,
                line,
                variant,
                BRAND + " " + capitalised(line) + ", " + variant,
                category,
                price,
                Math.round(price * costShare),
                round2(longest),
                round2(median),
                round2(shortest),
                round2(weight),
                Math.round((3.6 + random.nextDouble() * 1.2) * 10) / 10.0,
                objective,
                SUPPLIERS.get(supplier),
                leadTime,
                sessions,
                0.06 + random.nextDouble() * 0.10,
                stockProfile(i, objective),
                buyBoxLoss,
                0.30 + random.nextDouble() * 0.30,
                promotion,
                discount,
                ratingSlide(i, days),
                i % RATING_SLIDE_EVERY == RATING_SLIDE_AT && days >= 50 ? RATING_SLIDE_STARS : 0);
    }

    /**
     * One SKU in twenty sees its rating slide by half a star over five weeks ending a week before the last day (a bad
     * batch, a rival's listing); chosen by position, not drawn, so every other SKU's draws stay as they were.
     */
    private static Product.Period ratingSlide(int i, int days) {
        if (i % RATING_SLIDE_EVERY != RATING_SLIDE_AT || days < 50) {
            return Product.Period.NONE;
        }
        return new Product.Period(days - 42, days - 8);
    }

    private StockProfile stockProfile(int i, Objective objective) {
        if (objective == Objective.CLEAR_STOCK) {
            return StockProfile.CLEARANCE;
        }
        if (i >= 5 && i <= 7) {
            return StockProfile.values()[i - 4];
        }
        double draw = random.nextDouble();
        if (draw < 0.14) {
            return StockProfile.STOCKS_OUT;
        }
        if (draw < 0.28) {
            return StockProfile.RUNS_LOW;
        }
        return draw < 0.38 ? StockProfile.OVERSTOCKED : StockProfile.STEADY;
    }

    private static String capitalised(String words) {
        StringBuilder text = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return text.toString();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
