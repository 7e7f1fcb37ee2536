package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one currency a file is in (formats doc §0.10): fixed by the first row that states one, in a {@code Currency}
 * column or a money symbol, and the marketplace it implies; until then, the default marketplace's.
 */
final class FileCurrency {
    private final Marketplace defaultMarketplace;
    private String currency;
    private Marketplace marketplace;

    FileCurrency(Marketplace defaultMarketplace) {
        this.defaultMarketplace = defaultMarketplace;
        this.marketplace = defaultMarketplace;
    }

    /** The number conventions to read this file's cells with. */
    Marketplace marketplace() {
        return marketplace;
    }

    Optional<String> stated() {
        return Optional.ofNullable(currency);
    }

    /** The currency rows are in: the stated one, else the default marketplace's. */
    String effective() {
        return currency != null ? currency : defaultMarketplace.currency().getCurrencyCode();
    }

    /** The ISO code a mark stands for: {@code $} is the file's dollar when it has one, else USD. */
    String resolve(String mark) {
        if (!mark.equals("$")) {
            return mark;
        }
        String dollar = effective();
        return dollar.equals("CAD") || dollar.equals("MXN") ? dollar : "USD";
    }

    /** Whether {@code code} may be this file's currency: the first one seen is, any other is not. */
    boolean accept(String code) {
        if (currency == null) {
            Optional<Marketplace> implied = marketplaceOf(code);
            if (implied.isEmpty()) {
                return false;
            }
            currency = code;
            marketplace = implied.get();
            return true;
        }
        return currency.equals(code);
    }

    /** Whether Arbiter has a marketplace that trades in {@code code}. */
    boolean known(String code) {
        return marketplaceOf(code).isPresent();
    }

    private Optional<Marketplace> marketplaceOf(String code) {
        if (defaultMarketplace.currency().getCurrencyCode().equals(code)) {
            return Optional.of(defaultMarketplace);
        }
        return Arrays.stream(Marketplace.values())
                .filter(m -> m.currency().getCurrencyCode().equals(code))
                .findFirst();
    }
}
