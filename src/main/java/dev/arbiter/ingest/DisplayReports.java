package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.List;
import java.util.Optional;

/**
 * The Sponsored Display advertised product report of the Ads API v3 ({@code sdAdvertisedProduct}): known by its
 * {@code promotedAsin}, which no Sponsored Products report has; its unsuffixed {@code sales}, {@code purchases} and
 * {@code unitsSold} count a 14-day window (formats doc A2, other ad products).
 */
final class DisplayReports {
    private DisplayReports() {}

    static ReportLayout advertisedProduct() {
        return new ReportLayout(
                ReportKind.SD_ADVERTISED_PRODUCT,
                "ad_sd_advertised_product_daily",
                List.of(
                        required("day", ValueType.DATE, "Date"),
                        optional("currency", ValueType.CURRENCY, "Currency"),
                        required("campaign_name", ValueType.KEY_TEXT, "Campaign Name"),
                        required("ad_group_name", ValueType.KEY_TEXT, "Ad Group Name"),
                        optional("sku", ValueType.TEXT, "promotedSku"),
                        required("asin", ValueType.KEY_TEXT, "promotedAsin"),
                        required("impressions", ValueType.COUNT, "Impressions"),
                        required("clicks", ValueType.COUNT, "Clicks"),
                        required("spend", ValueType.MONEY, "cost"),
                        required("sales", ValueType.MONEY, "sales"),
                        required("orders", ValueType.COUNT, "purchases"),
                        optional("units", ValueType.COUNT, "unitsSold"),
                        Column.fromFile("attribution_days", ValueType.SMALL_COUNT, Column.Origin.ATTRIBUTION_DAYS),
                        Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID)),
                AdvertisingReports.MEASURES,
                Optional.of("day"),
                Optional.of("day"),
                Optional.empty(),
                List.of());
    }
}
