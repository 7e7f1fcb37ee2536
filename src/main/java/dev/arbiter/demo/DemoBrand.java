package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the demo brand's reports into dir/inbox and its operating model into dir.
 *
 * <p>The brand is drawn from the seed (about 120 SKUs, their Sponsored Products account), then a causal market
 * model ({@link Market}, see {@code docs/demo-model.md}) is stepped day by day from a warm-up period through the
 * report window, and each day is streamed into the real-format files. Same seed and last day: same bytes in
 * every CSV and TSV file.
 */
public final class DemoBrand {
    /** The demo brand's name, as its titles and branded keywords use it. */
    public static final String NAME = Assortment.BRAND;

    static final int DEFAULT_SKUS = 120;
    static final int WARM_UP_DAYS = 90;
    static final int BULKSHEET_WINDOW_DAYS = 30;
    private static final String OPERATING_MODEL = "operating-model.yaml";
    /** The start of the Outdoor launch as the operating model resource writes it; replaced by the demo's own date. */
    private static final String LAUNCH_FROM = "from: 2026-01-05";
    private static final int LAUNCH_WEEKS_BEFORE_LAST_DAY = 6;

    private final long seed;
    private final int skus;

    DemoBrand(long seed, int skus) {
        if (skus < 5) {
            throw new IllegalArgumentException("the demo brand needs at least 5 SKUs (one per category), not " + skus);
        }
        this.seed = seed;
        this.skus = skus;
    }

    /** The demo brand for a seed: same seed, same files. */
    public static DemoBrand of(long seed) {
        return new DemoBrand(seed, DEFAULT_SKUS);
    }

    /** Writes {@code days} days of reports ending with {@code lastDay} into {@code workspaceDir/inbox}. */
    public DemoFiles write(Path workspaceDir, LocalDate lastDay, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        Brand brand = brand(days);
        Path inbox = workspaceDir.resolve("inbox");
        LocalDate firstReportDay = lastDay.minusDays(days - 1L);
        List<Path> reports = new ArrayList<>();
        try {
            Files.createDirectories(inbox);
            Path operatingModel = copyOperatingModel(workspaceDir, lastDay);
            CatalogFile.write(inbox, brand.products());
            reports.add(inbox.resolve(CatalogFile.FILE_NAME));
            FeePreviewFile.write(inbox, brand.products(), days - 1);
            reports.add(inbox.resolve(FeePreviewFile.FILE_NAME));
            RatingsFile.write(inbox, brand.products(), lastDay, days);
            reports.add(inbox.resolve(RatingsFile.FILE_NAME));
            PerformanceWindow window = new PerformanceWindow(brand.account(), lastDay, BULKSHEET_WINDOW_DAYS);
            simulate(brand, inbox, firstReportDay, lastDay, window, reports);
            reports.add(inbox.resolve(SearchTermReportFile.FILE_NAME));
            reports.add(inbox.resolve(AdvertisedProductReportFile.FILE_NAME));
            reports.add(BrandsCampaignFile.write(inbox, lastDay, days, seed));
            BulksheetFile.write(inbox, brand.account(), brand.products(), window, firstReportDay, lastDay);
            reports.add(inbox.resolve(BulksheetFile.fileName(lastDay)));
            return new DemoFiles(operatingModel, reports, brand.products().size(), brand.account().campaigns().size(),
                    brand.account().targets().size());
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not write the demo brand into " + workspaceDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Steps the market from the warm-up through the report window, streaming each reported day into the daily
     * files and the two console workbooks; the search term workbook is written on a background thread.
     */
    private void simulate(Brand brand, Path inbox, LocalDate firstReportDay, LocalDate lastDay, PerformanceWindow window,
            List<Path> reports) {
        int days = (int) ChronoUnit.DAYS.between(firstReportDay, lastDay) + 1;
        Date created = Date.from(lastDay.atTime(12, 0).toInstant(ZoneOffset.UTC));
        Market market = new Market(seed, brand.products(), brand.account(), firstReportDay, days, WARM_UP_DAYS);
        MarketSettings settings = MarketSettings.of(brand.account());
        SearchTermReportFile searchTerms = new SearchTermReportFile(inbox, brand.account(), created);
        boolean handedOver = false;
        try (BackgroundWriter background = new BackgroundWriter();
                AdvertisedProductReportFile advertised =
                        new AdvertisedProductReportFile(inbox, brand.account(), brand.products(), created)) {
            for (LocalDate day = market.firstSimulatedDay(); !day.isAfter(lastDay); day = day.plusDays(1)) {
                MarketDay events = market.simulateDay(day, settings);
                if (day.isBefore(firstReportDay)) {
                    continue;
                }
                background.submit(() -> searchTerms.append(events));
                advertised.append(events);
                window.add(events);
                BusinessReportFile.write(inbox, events, brand.products());
                reports.add(inbox.resolve(BusinessReportFile.fileName(events)));
                InventoryPlanningFile.write(inbox, events, brand.products());
                reports.add(inbox.resolve(InventoryPlanningFile.fileName(events)));
            }
            background.submit(searchTerms::close);
            handedOver = true;
        } finally {
            if (!handedOver) {
                searchTerms.discard();
            }
        }
    }

    /** The SKUs and the account drawn from the seed, before any day is simulated. */
    record Brand(List<Product> products, Account account) {}

    Brand brand(int days) {
        SplittableRandom random = new SplittableRandom(seed);
        IdentifierSource ids = new IdentifierSource(random.split());
        List<Product> products = new Assortment(random.split(), ids).draw(skus, days);
        Account account = new AccountDesign(random.split(), ids).design(products);
        return new Brand(products, account);
    }

    long seed() {
        return seed;
    }

    /**
     * Writes the demo operating model, its Outdoor launch dated to have started six weeks before {@code lastDay}: in
     * force on the last day, eight weeks long, then growth.
     */
    static Path copyOperatingModel(Path workspaceDir, LocalDate lastDay) throws IOException {
        Path target = workspaceDir.resolve(OPERATING_MODEL);
        try (InputStream model = DemoBrand.class.getResourceAsStream(OPERATING_MODEL)) {
            if (model == null) {
                throw new ArbiterException(ErrorKind.INTERNAL, "the demo operating model resource is missing");
            }
            String text = new String(model.readAllBytes(), StandardCharsets.UTF_8);
            LocalDate launch = lastDay.minusWeeks(LAUNCH_WEEKS_BEFORE_LAST_DAY).plusDays(1);
            Files.writeString(target, text.replace(LAUNCH_FROM, "from: " + launch), StandardCharsets.UTF_8);
        }
        return target;
    }
}
