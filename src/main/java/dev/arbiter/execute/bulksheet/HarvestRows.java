package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.bulksheet.BulksheetColumn.AD_GROUP_DEFAULT_BID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.AD_GROUP_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.AD_GROUP_NAME;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.BID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.BIDDING_STRATEGY;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.CAMPAIGN_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.CAMPAIGN_NAME;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.DAILY_BUDGET;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.KEYWORD_TEXT;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.MATCH_TYPE;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.SKU;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.START_DATE;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.STATE;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.TARGETING_TYPE;
import static dev.arbiter.execute.bulksheet.BulksheetRows.row;
import static dev.arbiter.execute.bulksheet.BulksheetRows.twoDecimals;

import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.NewCampaign;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The create rows of a harvested keyword (formats doc, B3): when its SKU has no exact ad group, a manual campaign,
 * an ad group and a product ad under temporary keys first, parents before children; then the exact keyword with its
 * bid, and a negative exact in every ad group the term came from.
 */
final class HarvestRows {
    /** Amazon's default strategy for new manual campaigns, which only lowers bids when a sale is unlikely. */
    static final String STRATEGY = "Dynamic bids - down only";

    private HarvestRows() {}

    static List<BulksheetRow> of(HarvestKeyword harvest) {
        List<BulksheetRow> rows = new ArrayList<>();
        AdGroupRef destination = harvest.destination();
        harvest.newCampaign().ifPresent(campaign -> rows.addAll(structure(harvest, campaign)));
        Map<BulksheetColumn, String> keyword = child("Keyword", destination);
        keyword.put(KEYWORD_TEXT, harvest.keywordText());
        keyword.put(MATCH_TYPE, "exact");
        keyword.put(BID, twoDecimals(harvest.bid()));
        rows.add(new BulksheetRow(keyword));
        for (AdGroupRef source : harvest.negateIn()) {
            Map<BulksheetColumn, String> negative = child("Negative keyword", source);
            negative.put(KEYWORD_TEXT, harvest.keywordText());
            negative.put(MATCH_TYPE, "negativeExact");
            rows.add(new BulksheetRow(negative));
        }
        return rows;
    }

    private static List<BulksheetRow> structure(HarvestKeyword harvest, NewCampaign campaign) {
        AdGroupRef destination = harvest.destination();
        Map<BulksheetColumn, String> created = row("Campaign", "Create");
        created.put(CAMPAIGN_ID, destination.campaignId().value());
        created.put(CAMPAIGN_NAME, destination.campaignName());
        created.put(START_DATE, DateTimeFormatter.BASIC_ISO_DATE.format(campaign.startDate()));
        created.put(TARGETING_TYPE, "Manual");
        created.put(STATE, "enabled");
        created.put(DAILY_BUDGET, twoDecimals(campaign.dailyBudget()));
        created.put(BIDDING_STRATEGY, STRATEGY);
        Map<BulksheetColumn, String> group = child("Ad group", destination);
        group.put(AD_GROUP_NAME, destination.adGroupName());
        group.put(AD_GROUP_DEFAULT_BID, twoDecimals(campaign.defaultBid()));
        Map<BulksheetColumn, String> ad = child("Product ad", destination);
        ad.put(SKU, harvest.sku().value());
        return List.of(new BulksheetRow(created), new BulksheetRow(group), new BulksheetRow(ad));
    }

    private static Map<BulksheetColumn, String> child(String entity, AdGroupRef group) {
        Map<BulksheetColumn, String> row = row(entity, "Create");
        row.put(CAMPAIGN_ID, group.campaignId().value());
        row.put(AD_GROUP_ID, group.adGroupId().value());
        row.put(STATE, "enabled");
        return row;
    }
}
