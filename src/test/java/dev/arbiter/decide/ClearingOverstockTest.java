package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static dev.arbiter.decide.Targets.aKeyword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Rationale;
import dev.arbiter.policy.InventoryTerms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default SKU sells 2 a day (error √2), lead time 30 days, CM1 45 % (break-even ACoS 0.45), price 16.67.
 * Overstock starts beyond 2 × 30 + 7 + 30 = 97 days of cover; it needs 88.15 units through lead time, review and
 * safety stock (2 × 37 + 1.6449 × √2 × √37).
 */
class ClearingOverstockTest {
    /** 40 clicks, 4 orders, spend 20.00 for 100.00 of sales: ACoS 0.20, earns 100 × 0.45 − 20 = 25.00 after ads. */
    private static final TargetEconomics PROFITABLE = aKeyword("101").delivered(40, 4, "20.00", "100.00").build();
    /** ACoS 0.60, above break-even: loses 15.00 after ads. */
    private static final TargetEconomics LOSING =
            aKeyword("102").text("garlic crusher", "exact").delivered(40, 4, "60.00", "100.00").build();
    /** No order in 40 clicks. */
    private static final TargetEconomics SILENT =
            aKeyword("103").text("garlic mincer", "exact").delivered(40, 0, "12.00", "0.00").build();

    /** A stand-in for the bid proposer: it cuts the profitable and the losing target to 0.80. */
    private final Proposer bids = input -> List.of(cut(PROFITABLE), cut(LOSING));
    private final ClearingOverstock proposer = new ClearingOverstock(ClearingOverstock.Settings.defaults(),
            StockOutlook.windowAverages(InventoryTerms.defaults()), bids);

    @Test
    void overstock_raises_bids_only_on_profitable_targets_and_proposes_one_coupon() {
        // 300 available = 150 days of cover > 97
        SkuEconomics sku = aProfitSku("GP-01").stock(300, 0).build();
        List<Action> actions = proposer.propose(input(sku));

        // the profitable target: 1.00 × 1.30 = 1.30, capped at the click value at break-even 2.50 × 0.45 = 1.125 → 1.12
        BidChange raise = bidOn(actions, "keyword:101");
        assertEquals("1.12", raise.newBid().plain());
        // the losing target keeps the bid proposer's cut; the silent one gets nothing
        assertEquals("0.80", bidOn(actions, "keyword:102").newBid().plain());
        assertEquals(0, actions.stream().filter(a -> a.subject().equals("keyword:103")).count());

        List<CouponProposal> coupons = actions.stream().filter(CouponProposal.class::isInstance)
                .map(CouponProposal.class::cast).toList();
        assertEquals(1, coupons.size());
        CouponProposal coupon = coupons.get(0);
        // min(15 %, half of 45 % = 22 %) = 15 %; 300 − 88.15 = 211 units; 16.67 × 0.15 × 211 = 527.61
        assertEquals(0.15, coupon.discount(), 1e-12);
        assertEquals(211, coupon.unitsToClear());
        assertEquals("527.61", coupon.budget().plain());
        assertEquals("coupon 15 % off GP-01 to clear 211 units (budget 527.61 USD)", coupon.describe());
    }

    @Test
    void the_raise_explains_the_overstock_and_what_the_target_earns() {
        SkuEconomics sku = aProfitSku("GP-01").stock(300, 0).build();
        BidChange raise = bidOn(proposer.propose(input(sku)), "keyword:101");
        assertEquals("GP-01 is overstocked: 150 days of cover with inbound, beyond 97 (2 × 30 lead time + 7 review + 30);"
                + " this target earns 25.00 after ads at an ACoS of 20.0 %, under break-even 45.0 %: bid 1.00 → 1.12",
                raise.rationale().summary());
    }

    @Test
    void stock_within_the_overstock_cover_leaves_the_bid_proposer_alone() {
        // 190 available = 95 days ≤ 97
        SkuEconomics sku = aProfitSku("GP-01").stock(190, 0).build();
        assertEquals(List.of(cut(PROFITABLE), cut(LOSING)), proposer.propose(input(sku)));
    }

    private static ProposalInput input(SkuEconomics sku) {
        return new ProposalInput(List.of(sku), List.of(PROFITABLE, LOSING, SILENT), List.of(), Map.of(),
                ObjectiveTerms.defaults());
    }

    private static BidChange cut(TargetEconomics target) {
        return new BidChange(target.target(), target.sku(), target.currentBid(), Money.of("0.80", "USD"),
                new Rationale("cut", List.of()));
    }

    private static BidChange bidOn(List<Action> actions, String subject) {
        return actions.stream().filter(a -> a.subject().equals(subject)).map(BidChange.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no bid change on " + subject + " in " + actions));
    }
}
