package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.Money;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Ads API items for one action (formats doc, D3 update and create payloads); none for a non-ad action. */
public final class SpChanges {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpChanges() {}

    public static List<SpChange> of(Action action) {
        if (action instanceof BidChange bid) {
            return List.of(bid(bid));
        }
        if (action instanceof BudgetChange budget) {
            return List.of(budget(budget));
        }
        if (action instanceof NegativeKeyword negative) {
            return List.of(negative(negative));
        }
        if (action instanceof HarvestKeyword harvest) {
            return harvest(harvest);
        }
        if (action instanceof PauseAds pause) {
            return pause.ads().stream().map(ad -> productAdState(ad.adId(), "PAUSED")).toList();
        }
        if (action instanceof ResumeAds resume) {
            return resume.ads().stream().map(ad -> productAdState(ad.adId(), "ENABLED")).toList();
        }
        return List.of();
    }

    private static SpChange productAdState(String adId, String state) {
        ObjectNode item = NODES.objectNode().put("adId", adId).put("state", state);
        return new SpChange(SpResource.PRODUCT_ADS, "PUT", item, idFilter("adIdFilter", adId),
                entity -> entity.path("state").asText("").equalsIgnoreCase(state));
    }

    private static SpChange bid(BidChange bid) {
        boolean keyword = bid.target().kind() == TargetRef.Kind.KEYWORD;
        SpResource resource = keyword ? SpResource.KEYWORDS : SpResource.TARGETS;
        BigDecimal amount = cents(bid.newBid());
        ObjectNode item = NODES.objectNode().put(resource.idField(), bid.target().targetId()).put("bid", amount);
        return new SpChange(resource, "PUT", item,
                idFilter(keyword ? "keywordIdFilter" : "targetIdFilter", bid.target().targetId()),
                entity -> sameAmount(entity.path("bid"), amount));
    }

    private static SpChange budget(BudgetChange budget) {
        BigDecimal amount = cents(budget.newBudget());
        ObjectNode item = NODES.objectNode().put("campaignId", budget.campaignId().value());
        item.putObject("budget").put("budget", amount).put("budgetType", "DAILY");
        return new SpChange(SpResource.CAMPAIGNS, "PUT", item, idFilter("campaignIdFilter", budget.campaignId().value()),
                entity -> sameAmount(entity.path("budget").path("budget"), amount));
    }

    private static SpChange negative(NegativeKeyword negative) {
        return keywordCreate(SpResource.NEGATIVE_KEYWORDS, new AdGroupRef(negative.campaignId(), negative.adGroupId(),
                negative.campaignName(), negative.adGroupName()), negative.keywordText(), "NEGATIVE_EXACT", null);
    }

    /**
     * The exact keyword and its negatives as creates. A harvest that needs a new campaign gives no item: the v3 API
     * creates a campaign, its ad group and product ad in three dependent calls, which this channel does not chain, so
     * such a harvest is left to the bulksheet, whose create rows carry the whole structure.
     */
    private static List<SpChange> harvest(HarvestKeyword harvest) {
        if (harvest.newCampaign().isPresent()) {
            return List.of();
        }
        List<SpChange> changes = new ArrayList<>();
        changes.add(keywordCreate(SpResource.KEYWORDS, harvest.destination(), harvest.keywordText(), "EXACT",
                cents(harvest.bid())));
        harvest.negateIn().forEach(source -> changes.add(
                keywordCreate(SpResource.NEGATIVE_KEYWORDS, source, harvest.keywordText(), "NEGATIVE_EXACT", null)));
        return changes;
    }

    private static SpChange keywordCreate(SpResource resource, AdGroupRef group, String keywordText, String matchType,
            BigDecimal bid) {
        ObjectNode item = NODES.objectNode()
                .put("campaignId", group.campaignId().value())
                .put("adGroupId", group.adGroupId().value())
                .put("keywordText", keywordText)
                .put("matchType", matchType)
                .put("state", "ENABLED");
        if (bid != null) {
            item.put("bid", bid);
        }
        String text = keywordText.toLowerCase(Locale.ROOT);
        return new SpChange(resource, "POST", item, idFilter("adGroupIdFilter", group.adGroupId().value()),
                entity -> entity.path("keywordText").asText("").toLowerCase(Locale.ROOT).equals(text)
                        && entity.path("matchType").asText("").equals(matchType)
                        && !entity.path("state").asText("").equals("ARCHIVED"));
    }

    private static ObjectNode idFilter(String filter, String id) {
        ObjectNode body = NODES.objectNode();
        body.putObject(filter).putArray("include").add(id);
        return body;
    }

    private static BigDecimal cents(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_EVEN);
    }

    private static boolean sameAmount(JsonNode value, BigDecimal expected) {
        return value.isNumber() && value.decimalValue().setScale(2, RoundingMode.HALF_EVEN).compareTo(expected) == 0;
    }
}
