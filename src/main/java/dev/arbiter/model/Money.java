package dev.arbiter.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An exact amount of one currency; arithmetic refuses to mix currencies. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Scale kept internally: enough for per-unit fees and float artefacts in Amazon exports. */
    public static final int SCALE = 6;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount divided by another of the same currency, as a ratio; NaN when the divisor is zero. */
    public double ratioTo(Money divisor) {
        same(divisor);
        if (divisor.amount.signum() == 0) {
            return Double.NaN;
        }
        return amount.doubleValue() / divisor.amount.doubleValue();
    }

    /** Rounded to the currency's minor unit, as Amazon would charge or pay it. */
    public Money rounded() {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The amount at the currency's scale, without symbol, as bulksheets and CSV exports want it. */
    public String plain() {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + plain();
    }

    private Money same(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
        return other;
    }
}
