package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a large brand ({@code arbiter generate}) in the real report formats: the demo's assortment drawn at any
 * size, a {@link LargeAccount} of any number of targets, and {@link LargeMarket}'s days streamed into CSV console
 * reports (search term, advertised product), the demo's daily Business Reports and FBA inventory files, a CSV
 * bulksheet, the catalog and fee preview, and optionally an order-lines file. The ad reports and the retail files
 * are written on two threads, each drawing the same days from their seeds.
 */
public final class LargeBrand {
    private final LargeBrandSize size;
    private final List<Product> products;
    private final LargeAccount account;

    /** The brand of {@code size}: same size and seed, same files. */
    public LargeBrand(LargeBrandSize size) {
        this.size = size;
        SplittableRandom random = new SplittableRandom(size.seed());
        IdentifierSource ids = new IdentifierSource(random.split());
        this.products = new Assortment(random.split(), ids).draw(size.skus(), size.days());
        this.account = new LargeAccount(products, size.targets(), random.split());
    }

    /** What a generation wrote: the report files to ingest, the orders file (when asked) and the rows per family. */
    public record Written(List<Path> reports, long searchTermRows, long advertisedRows, long retailRows,
            long bulksheetRows, long orderLines) {}

    /** Writes the operating model and every report of the brand's {@code size.days()} days into dir/inbox. */
    public Written write(Path workspaceDir) {
        Path inbox = createInbox(workspaceDir);
        LocalDate last = size.lastDay();
        LocalDate first = size.firstDay();
        try {
            DemoBrand.copyOperatingModel(workspaceDir, last);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not write the operating model into " + workspaceDir
                    + ": " + e.getMessage(), e);
        }
        LargeBulksheetCsv bulksheet = new LargeBulksheetCsv(account);
        Path portfolios = inbox.resolve(LargeBulksheetCsv.fileName(last, "-portfolios"));
        Path campaigns = inbox.resolve(LargeBulksheetCsv.fileName(last, "-campaigns"));
        List<Path> reports = new ArrayList<>(List.of(inbox.resolve(CatalogFile.FILE_NAME),
                inbox.resolve(FeePreviewFile.FILE_NAME), portfolios, campaigns));
        LargeDays days = new LargeDays(account, new LargeMarket(account, size.seed(), first), inbox);
        Path orders = workspaceDir.resolve(LargeOrders.FILE_NAME);
        List<Long> rows = onTwoThreads(List.of(
                () -> days.writeSearchTerms(first, last),
                () -> days.writeAdvertisedAndRetail(first, last),
                () -> (long) bulksheet.writeCampaigns(campaigns, first),
                () -> {
                    bulksheet.writePortfolios(portfolios, first);
                    CatalogFile.write(inbox, products);
                    return (long) FeePreviewFile.write(inbox, products, size.days() - 1);
                },
                () -> size.customers() > 0
                        ? new LargeOrders(products, size.seed(), size.customers()).write(orders, first, last) : 0L));
        reports.addAll(days.retailFiles(first, last));
        reports.add(inbox.resolve(LargeDays.searchTermName(first, last)));
        reports.add(inbox.resolve(LargeDays.advertisedName(first, last)));
        return new Written(reports, rows.get(0), days.advertisedRows(), days.retailRows(), rows.get(2), rows.get(4));
    }

    /**
     * Writes one more day of every daily report (search term, advertised product, Business Report, FBA inventory)
     * into dir/inbox, as the next daily download would bring it; returns the files.
     */
    public List<Path> writeDay(Path workspaceDir, LocalDate day) {
        Path inbox = createInbox(workspaceDir);
        LargeDays days = new LargeDays(account, new LargeMarket(account, size.seed(), size.firstDay()), inbox);
        onTwoThreads(List.of(
                () -> days.writeSearchTerms(day, day),
                () -> days.writeAdvertisedAndRetail(day, day)));
        List<Path> files = new ArrayList<>(days.retailFiles(day, day));
        files.add(inbox.resolve(LargeDays.searchTermName(day, day)));
        files.add(inbox.resolve(LargeDays.advertisedName(day, day)));
        return files;
    }

    /** The account's campaigns: a keyword campaign per SKU, and a product-target campaign where it has five targets. */
    public int campaigns() {
        int count = 0;
        for (int p = 0; p < products.size(); p++) {
            count += account.firstTarget(p + 1) - account.firstTarget(p) > 4 ? 2 : 1;
        }
        return count;
    }

    private static Path createInbox(Path workspaceDir) {
        Path inbox = workspaceDir.resolve("inbox");
        try {
            return Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not create " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** Runs the writers on two threads and returns what each returned, in order; the first failure is thrown. */
    private static List<Long> onTwoThreads(List<Callable<Long>> writers) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> futures = pool.invokeAll(writers);
            List<Long> results = new ArrayList<>();
            for (Future<Long> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArbiterException(ErrorKind.INTERNAL, "interrupted while writing the large brand", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArbiterException failure) {
                throw failure;
            }
            throw new ArbiterException(ErrorKind.INTERNAL, "writing the large brand failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
