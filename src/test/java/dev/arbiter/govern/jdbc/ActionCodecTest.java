package dev.arbiter.govern.jdbc;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.Actions.aHarvest;
import static dev.arbiter.govern.Actions.aListingReview;
import static dev.arbiter.govern.Actions.aNegativeKeyword;
import static dev.arbiter.govern.Actions.aPause;
import static dev.arbiter.govern.Actions.aRestockOrder;
import static dev.arbiter.govern.Actions.aResume;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.model.Action;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.HarvestKeyword;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionCodecTest {
    private final ObjectMapper json = new ObjectMapper();
    private final ActionCodec codec = new ActionCodec(json);

    static Stream<Action> every_kind_of_action() {
        return Stream.of(aBidChange("1.37"), aBudgetChange("40.00", "55.50"), aPause(), aNegativeKeyword("12.34"),
                aRestockOrder(400), aHarvest(), harvestIntoAnExistingAdGroup(), aResume(), aListingReview(),
                dev.arbiter.govern.Actions.aPriceChange("24.99", "22.49"));
    }

    private static Action harvestIntoAnExistingAdGroup() {
        HarvestKeyword harvest = aHarvest();
        return new HarvestKeyword(harvest.sku(), harvest.keywordText(), harvest.bid(), harvest.negateIn().get(0),
                Optional.empty(), List.of(), harvest.rationale());
    }

    @ParameterizedTest
    @MethodSource("every_kind_of_action")
    void every_kind_of_action_survives_a_round_trip_through_stored_json(Action action) throws Exception {
        String stored = json.writeValueAsString(codec.encode(action));

        assertEquals(action, codec.decode(json.readTree(stored)));
    }

    @Test
    void a_budget_change_without_portfolio_or_end_date_keeps_them_absent() throws Exception {
        BudgetChange open = new BudgetChange(new CampaignId("7"), "Brand", Optional.empty(), Optional.empty(),
                dev.arbiter.govern.Actions.usd("10"), dev.arbiter.govern.Actions.usd("12"),
                aPause().rationale());

        assertEquals(open, codec.decode(json.readTree(json.writeValueAsString(codec.encode(open)))));
    }

    @Test
    void money_is_stored_as_exact_text_with_its_currency() {
        assertEquals("{\"amount\":\"1.37\",\"currency\":\"USD\"}", codec.encode(aBidChange("1.37")).get("new_bid").toString());
    }
}
