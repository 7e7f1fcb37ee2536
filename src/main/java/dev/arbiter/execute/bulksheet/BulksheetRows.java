package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.bulksheet.BulksheetColumn.AD_GROUP_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.AD_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.BID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.CAMPAIGN_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.DAILY_BUDGET;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.END_DATE;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.ENTITY;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.KEYWORD_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.KEYWORD_TEXT;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.MATCH_TYPE;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.OPERATION;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.PORTFOLIO_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.PRODUCT;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.PRODUCT_TARGETING_ID;
import static dev.arbiter.execute.bulksheet.BulksheetColumn.STATE;

import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.Money;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.TargetRef;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns ad actions into Sponsored Products bulksheet upload rows, one row per change, with the fields
 * formats doc B3 requires and the number rules of B1 (no currency symbol, `.` decimals, bids at two
 * decimals, dates yyyyMMdd). Restock orders, price changes and listing reviews are not ad actions and
 * give no row.
 */
public final class BulksheetRows {

    private static final String SPONSORED_PRODUCTS = "Sponsored Products";
    private static final DateTimeFormatter BULKSHEET_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private BulksheetRows() {}

    /** The rows for the ad actions among {@code actions}, in the order given, each identical row once. */
    public static List<BulksheetRow> of(List<Action> actions) {
        // Harvests of one SKU into the same new campaign each carry its create rows, so that each can be approved
        // alone; written together, the campaign, ad group and product ad are created once.
        Set<BulksheetRow> rows = new LinkedHashSet<>();
        for (Action action : actions) {
            rows.addAll(of(action));
        }
        return List.copyOf(rows);
    }

    /** The rows for one action; empty for an action that is not an ad action. */
    public static List<BulksheetRow> of(Action action) {
        if (action instanceof BidChange bid) {
            return List.of(bidUpdate(bid));
        }
        if (action instanceof PauseAds pause) {
            return pause.ads().stream().map(ad -> productAdState(ad, "paused")).toList();
        }
        if (action instanceof ResumeAds resume) {
            return resume.ads().stream().map(ad -> productAdState(ad, "enabled")).toList();
        }
        if (action instanceof NegativeKeyword negative) {
            return List.of(negativeExact(negative));
        }
        if (action instanceof BudgetChange budget) {
            return List.of(budgetUpdate(budget));
        }
        if (action instanceof HarvestKeyword harvest) {
            return HarvestRows.of(harvest);
        }
        return List.of();
    }

    private static BulksheetRow bidUpdate(BidChange bid) {
        TargetRef target = bid.target();
        boolean keyword = target.kind() == TargetRef.Kind.KEYWORD;
        Map<BulksheetColumn, String> row = row(keyword ? "Keyword" : "Product targeting", "Update");
        row.put(CAMPAIGN_ID, target.campaignId().value());
        row.put(AD_GROUP_ID, target.adGroupId().value());
        row.put(keyword ? KEYWORD_ID : PRODUCT_TARGETING_ID, target.targetId());
        row.put(STATE, "enabled");
        row.put(BID, twoDecimals(bid.newBid()));
        return new BulksheetRow(row);
    }

    private static BulksheetRow productAdState(ProductAdRef ad, String state) {
        Map<BulksheetColumn, String> row = row("Product ad", "Update");
        row.put(CAMPAIGN_ID, ad.campaignId().value());
        row.put(AD_GROUP_ID, ad.adGroupId().value());
        row.put(AD_ID, ad.adId());
        row.put(STATE, state);
        return new BulksheetRow(row);
    }

    private static BulksheetRow negativeExact(NegativeKeyword negative) {
        Map<BulksheetColumn, String> row = row("Negative keyword", "Create");
        row.put(CAMPAIGN_ID, negative.campaignId().value());
        row.put(AD_GROUP_ID, negative.adGroupId().value());
        row.put(STATE, "enabled");
        row.put(KEYWORD_TEXT, negative.keywordText());
        row.put(MATCH_TYPE, "negativeExact");
        return new BulksheetRow(row);
    }

    private static BulksheetRow budgetUpdate(BudgetChange budget) {
        Map<BulksheetColumn, String> row = row("Campaign", "Update");
        row.put(CAMPAIGN_ID, budget.campaignId().value());
        // A campaign update that leaves these blank takes the campaign out of its portfolio and removes
        // its end date (formats doc, B2), so both are repeated.
        row.put(PORTFOLIO_ID, budget.portfolioId().orElse(""));
        row.put(END_DATE, budget.endDate().map(BULKSHEET_DATE::format).orElse(""));
        row.put(STATE, "enabled");
        row.put(DAILY_BUDGET, twoDecimals(budget.newBudget()));
        return new BulksheetRow(row);
    }

    static Map<BulksheetColumn, String> row(String entity, String operation) {
        Map<BulksheetColumn, String> row = new EnumMap<>(BulksheetColumn.class);
        row.put(PRODUCT, SPONSORED_PRODUCTS);
        row.put(ENTITY, entity);
        row.put(OPERATION, operation);
        return row;
    }

    static String twoDecimals(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
