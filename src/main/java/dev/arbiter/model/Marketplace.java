package dev.arbiter.model;

import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** An Amazon marketplace with the currency and number conventions its reports are written in. */
public enum Marketplace {
    US("USD", Locale.US, '.', ','),
    CA("CAD", Locale.CANADA, '.', ','),
    MX("MXN", Locale.forLanguageTag("es-MX"), '.', ','),
    UK("GBP", Locale.UK, '.', ','),
    DE("EUR", Locale.GERMANY, ',', '.'),
    FR("EUR", Locale.FRANCE, ',', '\u202f'),
    IT("EUR", Locale.ITALY, ',', '.'),
    ES("EUR", Locale.forLanguageTag("es-ES"), ',', '.'),
    JP("JPY", Locale.JAPAN, '.', ','),
    IN("INR", Locale.forLanguageTag("en-IN"), '.', ',');

    private final Currency currency;
    private final Locale locale;
    private final char decimalSeparator;
    private final char groupingSeparator;

    Marketplace(String currency, Locale locale, char decimalSeparator, char groupingSeparator) {
        this.currency = Currency.getInstance(currency);
        this.locale = locale;
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
    }

    public Currency currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public char groupingSeparator() {
        return groupingSeparator;
    }

    /** The marketplace by its code (`US`, `uk`, `GB` for the UK). */
    public static Optional<Marketplace> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (normalised.equals("GB")) {
            return Optional.of(UK);
        }
        return Arrays.stream(values()).filter(m -> m.name().equals(normalised)).findFirst();
    }
}
