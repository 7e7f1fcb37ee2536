package dev.arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Money;
import org.junit.jupiter.api.Test;

class DisplayTest {
    private final Display display = new Display("USD");

    @Test
    void money_groups_thousands_with_commas_whatever_the_machines_locale() {
        assertEquals("815,432.10 USD", display.money(Money.of("815432.1", "USD")));
        assertEquals("-1,234,567.01 USD", display.money(Money.of("-1234567.01", "USD")));
        assertEquals("999.99 EUR", display.money(Money.of("999.99", "EUR")));
    }
}
