package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdAuctionTest {
    static final double SCALE = 1.0;

    static Account.Target anExactKeyword(double competition) {
        return new Account.Target(0, "100000000000001", 0, TargetKind.EXACT, "garlic press", 100, 1.0, competition, true,
                List.of(new Account.SearchTerm("garlic press", 1.0, 1)));
    }

    @Test
    void a_bid_at_the_scale_buys_one_minus_one_over_e_of_the_cap() {
        double impressions = AdAuction.impressions(anExactKeyword(0.5), 100, SCALE, 1.0, 1.0);

        assertEquals(900 * (1 - Math.exp(-1)), impressions, 1e-9);
    }

    @Test
    void doubling_the_bid_less_than_doubles_impressions() {
        Account.Target target = anExactKeyword(0.5);

        double at1 = AdAuction.impressions(target, 100, SCALE, 1.0, 1.0);
        double at2 = AdAuction.impressions(target, 200, SCALE, 1.0, 1.0);

        assertTrue(at2 > at1 && at2 < 2 * at1, at1 + " -> " + at2);
    }

    @Test
    void without_the_buy_box_no_ad_is_shown() {
        assertEquals(0.0, AdAuction.impressions(anExactKeyword(0.5), 100, SCALE, 1.0, 0.0));
    }

    @Test
    void a_click_costs_between_55_and_90_percent_of_the_bid() {
        assertEquals(55, AdAuction.costPerClickCents(anExactKeyword(0.0), 100));
        assertEquals(90, AdAuction.costPerClickCents(anExactKeyword(1.0), 100));
        assertEquals(2, AdAuction.costPerClickCents(anExactKeyword(0.0), 2));
    }

    @Test
    void irrelevant_terms_are_clicked_less() {
        Account.Target target = anExactKeyword(0.5);

        double relevant = AdAuction.clickThroughRate(target, new Account.SearchTerm("garlic press", 1.0, 1));
        double irrelevant = AdAuction.clickThroughRate(target, new Account.SearchTerm("garlic recipe", 0.0, 1));

        assertEquals(0.008, relevant, 1e-12);
        assertEquals(0.0024, irrelevant, 1e-12);
    }
}
