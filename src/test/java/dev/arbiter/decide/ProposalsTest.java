package dev.arbiter.decide;

import static dev.arbiter.decide.SearchTerms.aTerm;
import static dev.arbiter.decide.Skus.aProfitSku;
import static dev.arbiter.decide.Targets.aKeyword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.ObjectiveTerms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalsTest {

    @Test
    void every_proposer_runs_and_the_actions_come_sorted_by_type_then_subject() {
        List<String> subjects = Proposals.propose(input(false)).stream()
                .map(a -> a.type().key() + " " + a.subject())
                .toList();
        assertEquals(List.of(
                        "bid.change keyword:101",
                        "bid.change keyword:102",
                        "ads.pause sku:GP-01",
                        "keyword.negative negative:11:garlic peeler",
                        "restock.order sku:GP-01",
                        "restock.order sku:GP-02"),
                subjects);
    }

    @Test
    void the_order_of_the_input_does_not_change_the_proposals() {
        assertEquals(Proposals.propose(input(false)), Proposals.propose(input(true)));
    }

    @Test
    void only_the_given_proposers_run() {
        List<Action> actions = Proposals.propose(input(false), List.of(new PausingAdsBeforeStockout()));
        assertEquals(List.of("sku:GP-01"), actions.stream().map(Action::subject).toList());
    }

    /**
     * GP-01 runs out in 20 days of a 30-day lead time; GP-02 covers 31 days but its 70 units are below its reorder point
     * of 72.74; two bids are off target.
     */
    private static ProposalInput input(boolean reversed) {
        List<SkuEconomics> skus = new ArrayList<>(List.of(
                aProfitSku("GP-01").stock(40, 0).build(), aProfitSku("GP-02").stock(62, 8).build()));
        List<TargetEconomics> targets = new ArrayList<>(List.of(
                aKeyword("102").text("garlic crusher", "exact").delivered(40, 4, "10.00", "100.00").build(),
                aKeyword("101").delivered(40, 4, "80.00", "100.00").build()));
        List<SearchTermStats> terms = new ArrayList<>(List.of(
                aTerm("garlic peeler").delivered(30, 0, "12.00", "0.00").build(),
                aTerm("garlic press").delivered(30, 3, "15.00", "90.00").build()));
        if (reversed) {
            Collections.reverse(skus);
            Collections.reverse(targets);
            Collections.reverse(terms);
        }
        return new ProposalInput(skus, targets, terms, Map.of(skus.get(0).sku(), List.of(PausingAdsBeforeStockoutTest.AD),
                skus.get(1).sku(), List.of(PausingAdsBeforeStockoutTest.AD)), ObjectiveTerms.defaults());
    }
}
