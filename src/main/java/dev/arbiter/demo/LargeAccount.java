package dev.arbiter.demo;

import dev.arbiter.model.Objective;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large brand's Sponsored Products account held in primitive arrays (about 20 bytes per target): every SKU has a
 * manual keyword campaign and a product-target campaign, one ad group each, and the targets are spread evenly over
 * the SKUs, four in five keywords (exact, phrase, broad in turn) and one in five product targets. Names, ids and
 * texts are derived from the indexes, so nothing per target is kept as a string.
 */
final class LargeAccount {
    static final String KEYWORD_AD_GROUP = "Keywords";
    static final String PRODUCT_AD_GROUP = "Competitors";
    private static final List<String> MODIFIERS = List.of(
            "best", "cheap", "premium", "for kitchen", "set", "heavy duty", "small", "large", "for home", "gift",
            "professional", "portable", "stainless", "black", "easy clean", "dishwasher safe", "with lid", "2 pack",
            "for women", "for men");
    private static final List<String> QUALIFIERS =
            List.of("", "amazon", "2026", "sale", "top rated", "review", "deal", "original", "new", "bulk");
    private static final String[] MATCH_TYPES = {"EXACT", "PHRASE", "BROAD"};
    private static final long ID_BASE = 100_000_000_000_000L;

    private final List<Product> products;
    private final int targets;
    private final long idOffset;
    private final float[] activity;
    private final float[] clickThrough;
    private final float[] conversion;
    private final int[] bidCents;

    /**
     * Draws each target's daily chance of any impression (log-normal, median 3 %), click-through (0.2–1.2 %),
     * conversion (relative to its SKU's) and bid.
     */
    LargeAccount(List<Product> products, int targets, SplittableRandom random) {
        if (targets < products.size()) {
            throw new IllegalArgumentException("need at least one target per SKU: " + targets + " targets for "
                    + products.size() + " SKUs");
        }
        this.products = products;
        this.targets = targets;
        this.idOffset = random.nextLong(100_000_000_000_000L);
        this.activity = new float[targets];
        this.clickThrough = new float[targets];
        this.conversion = new float[targets];
        this.bidCents = new int[targets];
        for (int t = 0; t < targets; t++) {
            activity[t] = (float) Math.min(0.95, 0.03 * Math.exp(1.2 * random.nextGaussian()));
            clickThrough[t] = (float) (0.002 + 0.01 * random.nextDouble());
            conversion[t] = (float) (0.4 + 0.9 * random.nextDouble());
            bidCents[t] = 25 + random.nextInt(250);
        }
    }

    List<Product> products() {
        return products;
    }

    int targets() {
        return targets;
    }

    int campaigns() {
        return 2 * products.size();
    }

    /** The SKU (product index) whose ad groups hold target {@code t}: targets are spread evenly, in order. */
    int productOf(int t) {
        return (int) ((long) t * products.size() / targets);
    }

    int firstTarget(int product) {
        return (int) (((long) product * targets + products.size() - 1) / products.size());
    }

    /** Position of a target among its SKU's targets; every fifth is a product target. */
    private int slot(int t) {
        return t - firstTarget(productOf(t));
    }

    boolean keyword(int t) {
        return slot(t) % 5 != 4;
    }

    String matchType(int t) {
        return keyword(t) ? MATCH_TYPES[slot(t) % 3] : "-";
    }

    /** Keyword text (SKU's line, a modifier and a qualifier: unique within its ad group) or targeting expression. */
    String text(int t) {
        int slot = slot(t);
        Product product = products.get(productOf(t));
        if (!keyword(t)) {
            return "asin=\"" + competitorAsin(t) + "\"";
        }
        int combination = slot / 3;
        String modifier = MODIFIERS.get(combination % MODIFIERS.size());
        int rest = combination / MODIFIERS.size();
        String qualifier = QUALIFIERS.get(rest % QUALIFIERS.size());
        int round = rest / QUALIFIERS.size();
        StringBuilder text = new StringBuilder(product.line()).append(' ').append(modifier);
        if (!qualifier.isEmpty()) {
            text.append(' ').append(qualifier);
        }
        if (round > 0) {
            text.append(' ').append(round + 1);
        }
        return text.toString();
    }

    /** A competitor's ASIN for a product target, derived from the target index. */
    String competitorAsin(int t) {
        return String.format(Locale.ROOT, "B0%08X", (idOffset + t * 2_654_435_761L) & 0xFFFF_FFFFL);
    }

    String campaignName(int product, boolean keywords) {
        return products.get(product).sku() + (keywords ? " - SP Manual - Keywords" : " - SP Product Targets");
    }

    String adGroupName(boolean keywords) {
        return keywords ? KEYWORD_AD_GROUP : PRODUCT_AD_GROUP;
    }

    /** Portfolio index into {@link AccountDesign#PORTFOLIOS} by objective, as the demo's account places campaigns. */
    int portfolio(int product) {
        Objective objective = products.get(product).objective();
        return switch (objective) {
            case LAUNCH, GROWTH -> 1;
            case PROFIT -> 2;
            case DEFEND -> 0;
            case CLEAR_STOCK -> 3;
        };
    }

    /** A 15-digit Amazon Ads id for entity {@code kind} (0 portfolio, 1 campaign, 2 ad group, 3 ad, 4 target). */
    String id(int kind, long index) {
        return Long.toString(ID_BASE + (idOffset + kind * 10_000_000_000_000L + index) % 800_000_000_000_000L);
    }

    double activity(int t) {
        return activity[t];
    }

    double clickThrough(int t) {
        return clickThrough[t];
    }

    double conversion(int t) {
        return conversion[t];
    }

    long bidCents(int t) {
        return bidCents[t];
    }
}
