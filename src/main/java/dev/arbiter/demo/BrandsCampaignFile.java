package dev.arbiter.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code sb-campaigns-<last day>.json}, an Ads API v3 {@code sbCampaigns} report (grouped by campaign, daily,
 * as it is downloaded and gunzipped) of the brand's two Sponsored Brands campaigns over the last 31 days, the longest
 * range the API gives: store spotlight (cost per click) and video (cost per thousand viewable impressions). Their
 * spend is brand spend no SKU carries, so the report shows it in the brand's ad spend and TACoS (docs/ingest.md).
 */
final class BrandsCampaignFile {
    /** The Ads API's longest report range (v3 reporting guide, campaign reports). */
    static final int MAX_DAYS = 31;

    private record Campaign(String name, String id, String costType, double budget, double clickShare) {}

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("Brand - Store Spotlight", "510000000000001", "CPC", 40, 0.006),
            new Campaign("Brand - Video", "510000000000002", "VCPM", 25, 0.002));
    private static final double PRICE = 24.99;

    private BrandsCampaignFile() {}

    static String fileName(LocalDate lastDay) {
        return "sb-campaigns-" + lastDay + ".json";
    }

    /** Writes the file into {@code inbox}; returns its path. */
    static Path write(Path inbox, LocalDate lastDay, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5B_C0FFEEL);
        int covered = Math.min(days, MAX_DAYS);
        try (TextFile file = new TextFile(inbox.resolve(fileName(lastDay)), false)) {
            int rows = covered * CAMPAIGNS.size();
            int row = 0;
            for (int offset = covered - 1; offset >= 0; offset--) {
                LocalDate day = lastDay.minusDays(offset);
                for (Campaign campaign : CAMPAIGNS) {
                    row++;
                    String prefix = row == 1 ? "[" : " ";
                    String suffix = row == rows ? "]" : ",";
                    file.line(List.of(prefix + object(day, campaign, random) + suffix), "");
                }
            }
            return file.path();
        }
    }

    private static String object(LocalDate day, Campaign campaign, SplittableRandom random) {
        long impressions = 4000 + random.nextInt(4000);
        long clicks = Math.round(impressions * campaign.clickShare() * (0.8 + 0.4 * random.nextDouble()));
        double cost = Math.min(campaign.budget(), clicks * (0.9 + 0.5 * random.nextDouble()));
        long purchases = Math.round(clicks * 0.08 * (0.5 + random.nextDouble()));
        long units = purchases + (purchases > 0 && random.nextInt(4) == 0 ? 1 : 0);
        double sales = units * PRICE;
        long newToBrand = Math.round(purchases * 0.6);
        return String.format(Locale.ROOT, "{\"date\":\"%s\",\"campaignName\":\"%s\",\"campaignId\":\"%s\","
                        + "\"campaignStatus\":\"ENABLED\",\"campaignBudgetAmount\":%.1f,\"campaignBudgetType\":\"DAILY\","
                        + "\"campaignBudgetCurrencyCode\":\"USD\",\"costType\":\"%s\",\"impressions\":%d,\"clicks\":%d,"
                        + "\"cost\":%.2f,\"sales\":%.2f,\"purchases\":%d,\"unitsSold\":%d,\"newToBrandSales\":%.2f,"
                        + "\"newToBrandPurchases\":%d,\"salesPromoted\":%.2f,\"topOfSearchImpressionShare\":%.4f}",
                day, campaign.name(), campaign.id(), campaign.budget(), campaign.costType(), impressions, clicks, cost,
                sales, purchases, units, newToBrand * PRICE, newToBrand, sales, 0.05 + 0.2 * random.nextDouble());
    }
}
