package dev.arbiter.demo;

/**
 * What one policy earned over a backtest, money in US cents.
 *
 * @param policy the policy's name ({@code arbiter} or {@code siloed})
 * @param contributionAfterAdsCents revenue − cost of goods − Amazon fees − ad spend, summed over every SKU
 * @param stockoutDays SKU-days without fulfillable stock
 */
public record BacktestResult(
        String policy, long contributionAfterAdsCents, long adSpendCents, long revenueCents, long stockoutDays) {

    /** The same figures under another policy name. */
    public BacktestResult withPolicy(String name) {
        return new BacktestResult(name, contributionAfterAdsCents, adSpendCents, revenueCents, stockoutDays);
    }
}
