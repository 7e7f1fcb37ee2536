package dev.arbiter.report;

import dev.arbiter.economics.AdProduct;
import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.model.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One ad product's spend, attributed sales and ACoS over the window, with the reports they were read from: Sponsored
 * Brands and Sponsored Display campaign spend is the brand's, never allocated to a SKU.
 *
 * @param sources the lines of the source reports, advertised product report first
 */
public record AdProductLine(AdProduct product, Money spend, Money sales, List<AdProductSpend> sources) {
    public AdProductLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(sales, "sales");
        sources = List.copyOf(sources);
    }

    /** One line per ad product with any source, in the order of {@link AdProduct}. */
    static List<AdProductLine> of(List<AdProductSpend> spends, Currency currency) {
        Map<AdProduct, List<AdProductSpend>> byProduct = spends.stream().collect(Collectors.groupingBy(
                AdProductSpend::product, () -> new EnumMap<>(AdProduct.class), Collectors.toList()));
        List<AdProductLine> lines = new ArrayList<>();
        byProduct.forEach((product, sources) -> lines.add(new AdProductLine(
                product,
                sources.stream().map(AdProductSpend::spend).reduce(Money.zero(currency), Money::plus),
                sources.stream().map(AdProductSpend::sales).reduce(Money.zero(currency), Money::plus),
                sources.stream().sorted((a, b) -> a.source().compareTo(b.source())).toList())));
        return lines;
    }

    /** Spend / attributed sales; NaN without sales. */
    public double acos() {
        return spend.ratioTo(sales);
    }

    /** The part of the spend no report ties to a SKU: it is in the brand's ad spend, not in any SKU's CM2. */
    public Money unallocatedSpend() {
        return sources.stream()
                .filter(s -> !s.source().allocatedToSkus())
                .map(AdProductSpend::spend)
                .reduce(Money.zero(spend.currency()), Money::plus);
    }

    /** Whether its spend is in the SKUs' contribution after ads: {@code yes}, {@code no} or {@code partly}. */
    public String inSkuContribution() {
        if (sources.stream().allMatch(s -> s.source().allocatedToSkus())) {
            return "yes";
        }
        return sources.stream().noneMatch(s -> s.source().allocatedToSkus()) ? "no" : "partly";
    }

    /** The attributed sales of the unallocated spend. */
    public Money unallocatedSales() {
        return sources.stream()
                .filter(s -> !s.source().allocatedToSkus())
                .map(AdProductSpend::sales)
                .reduce(Money.zero(sales.currency()), Money::plus);
    }

    /** The reports read and on how many days: {@code advertised product report (5 days), campaign report (2 days)}. */
    public String sourcesRead() {
        return sources.stream()
                .map(s -> String.format(Locale.ROOT, "%s (%d day%s)", s.source().label(), s.days(), s.days() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
    }
}
