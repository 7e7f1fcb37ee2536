package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.model.Action;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.ListingReview;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.NewCampaign;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.PriceChange;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps each kind of {@link Action} to and from a JSON tree, the payload the ledger stores. */
public final class ActionCodec {
    private final ObjectMapper json;
    private final ValueCodec values;

    public ActionCodec(ObjectMapper json) {
        this.json = json;
        this.values = new ValueCodec(json);
    }

    public ObjectNode encode(Action action) {
        ObjectNode node = json.createObjectNode().put("type", action.type().key());
        switch (action.type()) {
            case BID_CHANGE -> bid(node, (BidChange) action);
            case BUDGET_CHANGE -> budget(node, (BudgetChange) action);
            case ADS_PAUSE -> pause(node, (PauseAds) action);
            case NEGATIVE_KEYWORD -> negative(node, (NegativeKeyword) action);
            case RESTOCK_ORDER -> restock(node, (RestockOrder) action);
            case LISTING_REVIEW -> review(node, (ListingReview) action);
            case PRICE_CHANGE -> price(node, (PriceChange) action);
            case HARVEST_KEYWORD -> harvest(node, (HarvestKeyword) action);
            case ADS_RESUME -> resume(node, (ResumeAds) action);
            case COUPON_PROPOSAL -> coupon(node, (CouponProposal) action);
        }
        node.set("rationale", values.rationale(action.rationale()));
        return node;
    }

    public Action decode(JsonNode node) {
        String key = values.text(node, "type");
        ActionType type = ActionType.byKey(key).orElseThrow(() -> unsupported(key));
        var rationale = values.rationale(node.path("rationale"));
        return switch (type) {
            case BID_CHANGE -> new BidChange(values.target(node.path("target")), sku(node),
                    values.money(node.path("current_bid")), values.money(node.path("new_bid")), rationale);
            case BUDGET_CHANGE -> new BudgetChange(new CampaignId(values.text(node, "campaign_id")),
                    values.text(node, "campaign_name"), optional(node, "portfolio_id"),
                    optional(node, "end_date").map(LocalDate::parse), values.money(node.path("current_budget")),
                    values.money(node.path("new_budget")), rationale);
            case ADS_PAUSE -> new PauseAds(sku(node), ads(node.path("ads")),
                    values.money(node.path("daily_spend_stopped")), rationale);
            case NEGATIVE_KEYWORD -> new NegativeKeyword(new CampaignId(values.text(node, "campaign_id")),
                    new AdGroupId(values.text(node, "ad_group_id")), values.text(node, "campaign_name"),
                    values.text(node, "ad_group_name"), values.text(node, "keyword_text"), sku(node),
                    values.money(node.path("wasted_spend")), rationale);
            case RESTOCK_ORDER -> new RestockOrder(sku(node), values.text(node, "supplier"),
                    node.path("quantity").asLong(), values.money(node.path("unit_cost")), rationale);
            case LISTING_REVIEW -> new ListingReview(sku(node), values.text(node, "rule"), values.text(node, "owner"),
                    values.money(node.path("revenue_at_stake")), rationale);
            case PRICE_CHANGE -> new PriceChange(sku(node), values.money(node.path("current_price")),
                    values.money(node.path("new_price")), values.money(node.path("revenue_at_stake")), rationale);
            case HARVEST_KEYWORD -> harvest(node, rationale);
            case ADS_RESUME -> new ResumeAds(sku(node), ads(node.path("ads")),
                    values.money(node.path("daily_spend_resumed")), rationale);
            case COUPON_PROPOSAL -> new CouponProposal(sku(node), node.path("discount").asDouble(),
                    values.money(node.path("price")), node.path("units_to_clear").asLong(),
                    values.money(node.path("budget")), rationale);
        };
    }

    private void bid(ObjectNode node, BidChange bid) {
        node.set("target", values.target(bid.target()));
        node.put("sku", bid.sku().value());
        node.set("current_bid", values.money(bid.currentBid()));
        node.set("new_bid", values.money(bid.newBid()));
    }

    private void budget(ObjectNode node, BudgetChange budget) {
        node.put("campaign_id", budget.campaignId().value()).put("campaign_name", budget.campaignName());
        budget.portfolioId().ifPresent(id -> node.put("portfolio_id", id));
        budget.endDate().ifPresent(day -> node.put("end_date", day.toString()));
        node.set("current_budget", values.money(budget.currentBudget()));
        node.set("new_budget", values.money(budget.newBudget()));
    }

    private void pause(ObjectNode node, PauseAds pause) {
        node.put("sku", pause.sku().value());
        putAds(node, pause.ads());
        node.set("daily_spend_stopped", values.money(pause.dailySpendStopped()));
    }

    private void resume(ObjectNode node, ResumeAds resume) {
        node.put("sku", resume.sku().value());
        putAds(node, resume.ads());
        node.set("daily_spend_resumed", values.money(resume.dailySpendResumed()));
    }

    private void coupon(ObjectNode node, CouponProposal coupon) {
        node.put("sku", coupon.sku().value()).put("discount", coupon.discount())
                .put("units_to_clear", coupon.unitsToClear());
        node.set("price", values.money(coupon.price()));
        node.set("budget", values.money(coupon.budget()));
    }

    private static void putAds(ObjectNode node, List<ProductAdRef> refs) {
        ArrayNode ads = node.putArray("ads");
        for (ProductAdRef ad : refs) {
            ads.addObject().put("campaign_id", ad.campaignId().value()).put("ad_group_id", ad.adGroupId().value())
                    .put("ad_id", ad.adId()).put("campaign_name", ad.campaignName()).put("ad_group_name", ad.adGroupName());
        }
    }

    private void negative(ObjectNode node, NegativeKeyword negative) {
        node.put("campaign_id", negative.campaignId().value()).put("ad_group_id", negative.adGroupId().value())
                .put("campaign_name", negative.campaignName()).put("ad_group_name", negative.adGroupName())
                .put("keyword_text", negative.keywordText()).put("sku", negative.sku().value());
        node.set("wasted_spend", values.money(negative.wastedSpend()));
    }

    private void restock(ObjectNode node, RestockOrder order) {
        node.put("sku", order.sku().value()).put("supplier", order.supplier()).put("quantity", order.quantity());
        node.set("unit_cost", values.money(order.unitCost()));
    }

    private void harvest(ObjectNode node, HarvestKeyword harvest) {
        node.put("sku", harvest.sku().value()).put("keyword_text", harvest.keywordText());
        node.set("bid", values.money(harvest.bid()));
        node.set("destination", adGroup(harvest.destination()));
        harvest.newCampaign().ifPresent(campaign -> {
            ObjectNode created = node.putObject("new_campaign").put("start_date", campaign.startDate().toString());
            created.set("daily_budget", values.money(campaign.dailyBudget()));
            created.set("default_bid", values.money(campaign.defaultBid()));
        });
        ArrayNode sources = node.putArray("negate_in");
        harvest.negateIn().forEach(group -> sources.add(adGroup(group)));
    }

    private HarvestKeyword harvest(JsonNode node, Rationale rationale) {
        JsonNode created = node.path("new_campaign");
        Optional<NewCampaign> campaign = created.isObject()
                ? Optional.of(new NewCampaign(LocalDate.parse(values.text(created, "start_date")),
                        values.money(created.path("daily_budget")), values.money(created.path("default_bid"))))
                : Optional.empty();
        List<AdGroupRef> sources = new ArrayList<>();
        node.path("negate_in").forEach(group -> sources.add(adGroup(group)));
        return new HarvestKeyword(sku(node), values.text(node, "keyword_text"), values.money(node.path("bid")),
                adGroup(node.path("destination")), campaign, sources, rationale);
    }

    private ObjectNode adGroup(AdGroupRef group) {
        return json.createObjectNode().put("campaign_id", group.campaignId().value())
                .put("ad_group_id", group.adGroupId().value()).put("campaign_name", group.campaignName())
                .put("ad_group_name", group.adGroupName());
    }

    private AdGroupRef adGroup(JsonNode node) {
        return new AdGroupRef(new CampaignId(values.text(node, "campaign_id")),
                new AdGroupId(values.text(node, "ad_group_id")), values.text(node, "campaign_name"),
                values.text(node, "ad_group_name"));
    }

    private void review(ObjectNode node, ListingReview review) {
        node.put("sku", review.sku().value()).put("rule", review.rule()).put("owner", review.owner());
        node.set("revenue_at_stake", values.money(review.revenueAtStake()));
    }

    private void price(ObjectNode node, PriceChange change) {
        node.put("sku", change.sku().value());
        node.set("current_price", values.money(change.currentPrice()));
        node.set("new_price", values.money(change.newPrice()));
        node.set("revenue_at_stake", values.money(change.revenueAtStake()));
    }

    private List<ProductAdRef> ads(JsonNode array) {
        List<ProductAdRef> ads = new ArrayList<>();
        for (JsonNode ad : array) {
            ads.add(new ProductAdRef(new CampaignId(values.text(ad, "campaign_id")),
                    new AdGroupId(values.text(ad, "ad_group_id")), values.text(ad, "ad_id"),
                    values.text(ad, "campaign_name"), values.text(ad, "ad_group_name")));
        }
        return ads;
    }

    private Sku sku(JsonNode node) {
        return new Sku(values.text(node, "sku"));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static ArbiterException unsupported(String type) {
        return new ArbiterException(ErrorKind.INTERNAL, "the ledger cannot store actions of type '" + type + "' yet");
    }
}
