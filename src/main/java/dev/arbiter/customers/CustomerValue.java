package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One customer's lifetime value over a horizon: the probability they are still alive, their expected purchases
 * (BG/NBD), their expected value per purchase (Gamma-Gamma) and the CLV, expected revenue times contribution margin.
 */
public record CustomerValue(
        String customerId, double probabilityAlive, double expectedPurchases, double expectedSpend, double clv) {
    public CustomerValue {
        Objects.requireNonNull(customerId, "customerId");
    }

    /** Every calibrated customer's value over {@code horizon} units, keeping {@code margin} of expected revenue. */
    public static List<CustomerValue> of(
            Calibration calibration, BgNbd purchases, GammaGamma spend, double horizon, double margin) {
        List<CustomerValue> values = new ArrayList<>(calibration.customers().size());
        for (int i = 0; i < calibration.customers().size(); i++) {
            RepeatPurchases customer = calibration.customers().get(i);
            double expected = purchases.expectedPurchases(customer, horizon);
            double perPurchase = spend.expectedSpend(customer);
            values.add(new CustomerValue(calibration.customerIds().get(i), purchases.probabilityAlive(customer),
                    expected, perPurchase, expected * perPurchase * margin));
        }
        return values;
    }
}
