package dev.arbiter.decide;

import dev.arbiter.model.Money;
import java.math.RoundingMode;

/**
 * Money as rationale sentences show it, at the currency's minor unit. {@code Money.plain()} cannot serve: its
 * {@code rounded()} result is re-scaled to six decimals by the record's constructor, so it prints {@code 1.000000}.
 */
final class MoneyText {
    private MoneyText() {}

    static String plain(Money money) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return money.amount().setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
