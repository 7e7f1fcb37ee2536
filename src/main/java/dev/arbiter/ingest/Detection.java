package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Knows a table by its header (formats doc §0.1): the layout whose required columns are all present wins, the one
 * matching most columns if several do; otherwise it explains what is missing or that the header is unknown.
 */
final class Detection {
    private static final List<ReportLayout> LAYOUTS = List.of(
            AdvertisingReports.searchTerm(),
            AdvertisingReports.advertisedProduct(),
            AdvertisingReports.searchTermPeriods(),
            AdvertisingReports.advertisedProductPeriods(),
            DisplayReports.advertisedProduct(),
            CampaignReports.targeting(),
            CampaignReports.purchasedProduct(),
            CampaignReports.targetingPeriods(),
            CampaignReports.purchasedProductPeriods(),
            CampaignReports.campaign(),
            CampaignReports.placement(),
            SellerReports.businessReport(),
            StockReports.businessReportByDate(),
            StockReports.restock(),
            SellerReports.inventoryPlanning(),
            SellerReports.manageInventory(),
            SellerReports.feePreview(),
            OrderReports.allOrders(),
            SettlementReports.settlement(),
            SettlementReports.transactions(),
            OrderReports.customerReturns(),
            OwnReports.catalog(),
            OwnReports.ratings(),
            BulksheetReports.campaigns(),
            BulksheetReports.portfolios(),
            SponsoredCampaigns.brands(),
            SponsoredCampaigns.brandsPeriods(),
            SponsoredCampaigns.display(),
            SponsoredCampaigns.displayPeriods());

    private Detection() {}

    /**
     * The layout for this header, its names read with {@code synonyms}, with each column's header positions, or empty;
     * the file's name decides only between a Sponsored Brands and a Sponsored Display campaign report whose columns fit
     * both.
     */
    static Optional<Binding> detect(String file, List<String> header, HeaderSynonyms synonyms) {
        return AdProductName.settle(file, bindings(header, synonyms)).stream()
                .max(Comparator.comparingInt(Binding::matchedColumns));
    }

    private static List<Binding> bindings(List<String> header, HeaderSynonyms synonyms) {
        List<String> names = header.stream().map(synonyms::normalise).toList();
        return LAYOUTS.stream()
                .map(layout -> Binding.of(layout, names, header, synonyms))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Why no layout fits: a campaign report the name must tell, a header mixing two ad products' columns, the nearest
     * layout's missing columns, or that the header is unknown.
     */
    static Problem explain(String file, List<String> header, HeaderSynonyms synonyms) {
        if (AdProductName.undecided(file, bindings(header, synonyms))) {
            return AdProductName.ambiguity(file);
        }
        Optional<Problem> mixed = AdProductName.mixed(file, header, synonyms);
        if (mixed.isPresent()) {
            return mixed.get();
        }
        List<String> names = header.stream().map(synonyms::normalise).toList();
        ReportLayout nearest = null;
        List<Column> nearestMissing = List.of();
        double bestShare = 0;
        for (ReportLayout layout : LAYOUTS) {
            if (layout.excludedHeaders().stream().anyMatch(names::contains) || AdProductName.rulesOut(file, layout.kind())) {
                continue;
            }
            List<Column> required = layout.requiredColumns();
            List<Column> missing = new ArrayList<>();
            for (Column column : required) {
                if (column.headers().stream().noneMatch(names::contains)) {
                    missing.add(column);
                }
            }
            double share = 1.0 - (double) missing.size() / required.size();
            if (share > bestShare) {
                bestShare = share;
                nearest = layout;
                nearestMissing = missing;
            }
        }
        if (nearest != null && bestShare >= 0.8) {
            return missingColumns(file, nearest, nearestMissing, synonyms.mappingHint());
        }
        String known = LAYOUTS.stream()
                .map(l -> l.kind().label())
                .distinct()
                .collect(Collectors.joining(", "));
        return Problem.ofFile(
                file,
                "the header does not match any report Arbiter reads (it starts with '"
                        + String.join(",", header.subList(0, Math.min(3, header.size()))) + "')",
                "Arbiter reads: " + known + "; download one of these with its original header" + synonyms.mappingHint());
    }

    /** Whether some layout reads a column of this normalised header name. */
    static boolean reads(String name) {
        return LAYOUTS.stream().flatMap(l -> l.columns().stream()).anyMatch(c -> c.headers().contains(name));
    }

    private static Problem missingColumns(String file, ReportLayout layout, List<Column> missing, String mappingHint) {
        String columns = missing.stream()
                .map(c -> "'" + c.heading() + "'")
                .collect(Collectors.joining(", "));
        String hint = "download the report again with all its columns" + mappingHint;
        return Problem.ofFile(
                file,
                "looks like a " + layout.kind().label() + " but is missing the column" + (missing.size() > 1 ? "s " : " ")
                        + columns,
                hint);
    }
}
