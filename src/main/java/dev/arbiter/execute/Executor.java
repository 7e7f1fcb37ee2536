package dev.arbiter.execute;

import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.ListingReview;
import dev.arbiter.model.PriceChange;
import dev.arbiter.model.RestockOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies every approved action exactly once: ad actions through a {@link Channel}, restock orders as purchase
 * orders. Each action gets one execution record, written before its effect is sent; a record left unfinished by a
 * crash is reconciled by reading the entity back, so a re-run never applies an action twice.
 */
public final class Executor {
    private final Ledger ledger;
    private final ExecutionJournal journal;
    private final Channel channel;
    private final Clock clock;

    public Executor(Ledger ledger, ExecutionJournal journal, Channel channel, Clock clock) {
        this.ledger = ledger;
        this.journal = journal;
        this.channel = channel;
        this.clock = clock;
    }

    /** Executes (or, in a dry run, previews) what is approved and not yet executed; purchase orders go to outDir. */
    public ExecutionReport execute(Path outDir, LocalDate day, boolean dryRun) {
        List<ExecutedItem> items = new ArrayList<>();
        List<ApprovedAction> ads = new ArrayList<>();
        List<ApprovedAction> orders = new ArrayList<>();
        List<ApprovedAction> coupons = new ArrayList<>();
        List<ApprovedAction> prices = new ArrayList<>();
        Map<String, String> tasks = new LinkedHashMap<>();
        for (LedgerEntry entry : ledger.list(Optional.empty())) {
            if (entry.status() == Status.EXECUTED) {
                items.add(item(entry.id(), entry, ExecutedItem.Outcome.ALREADY_EXECUTED,
                        entry.execution().map(e -> e.detail()).orElse("")));
            }
            Optional<ApprovedAction> approved = entry.approved();
            if (approved.isEmpty()) {
                continue;
            }
            if (approved.get().action() instanceof RestockOrder) {
                orders.add(approved.get());
            } else if (approved.get().action() instanceof CouponProposal) {
                coupons.add(approved.get());
            } else if (approved.get().action() instanceof ListingReview review) {
                if (!dryRun) {
                    items.add(taskAccepted(approved.get(), review, tasks));
                }
            } else if (approved.get().action() instanceof PriceChange) {
                prices.add(approved.get());
            } else if (channel.handles(approved.get().action())) {
                if (dryRun) {
                    ads.add(approved.get());
                } else {
                    reconciled(entry).ifPresentOrElse(items::add, () -> ads.add(approved.get()));
                }
            }
        }
        if (dryRun) {
            return dryRun(items, ads, orders, coupons, prices);
        }
        ledger.markAllExecuted(tasks);
        List<Path> purchaseOrders = orders.isEmpty() ? List.of() : writeOrders(orders, outDir, day, items);
        List<Path> briefs = coupons.isEmpty() ? List.of() : writeCoupons(coupons, outDir, day, items);
        List<Path> priceFiles = prices.isEmpty() ? List.of() : List.of(writePrices(prices, outDir, day, items));
        if (!ads.isEmpty()) {
            send(ads, items);
        }
        return new ExecutionReport(items, ads.isEmpty() ? List.of() : channel.files(), purchaseOrders, List.of(),
                briefs, priceFiles);
    }

    /**
     * The outcome of an action whose record says it may have been sent; empty when it is to be sent. An action whose
     * state cannot be read back fails for this run rather than risk applying it twice; its record stays unfinished,
     * so the next run reads it back again.
     */
    private Optional<ExecutedItem> reconciled(LedgerEntry entry) {
        try {
            return reconcile(entry);
        } catch (ArbiterException e) {
            String detail = "sent before, but its state cannot be read back (" + e.getMessage() + "); not sent again";
            return Optional.of(item(entry.id(), entry, ExecutedItem.Outcome.FAILED, detail));
        }
    }

    private Optional<ExecutedItem> reconcile(LedgerEntry entry) {
        Optional<ExecutionRecord> record = journal.find(entry.id());
        if (record.isEmpty() || record.get().state() == ExecutionRecord.State.FAILED) {
            return Optional.empty();
        }
        String detail;
        if (record.get().state() == ExecutionRecord.State.APPLIED) {
            detail = record.get().detail();
        } else if (channel.alreadyApplied(entry.action()).orElse(false)) {
            detail = "reconciled: " + channel.name() + " shows the change in place after an interrupted run";
            journal.applied(entry.id(), channel.name(), detail, clock.instant());
        } else {
            return Optional.empty();
        }
        ledger.markExecuted(entry.id(), detail);
        return Optional.of(item(entry.id(), entry, ExecutedItem.Outcome.ALREADY_EXECUTED, detail));
    }

    /** A listing review is a task for a person: approving it hands it over; nothing is sent to Amazon. */
    private ExecutedItem taskAccepted(ApprovedAction action, ListingReview review, Map<String, String> tasks) {
        String detail = "task handed to " + review.owner() + ": review the listing; nothing sent to Amazon";
        tasks.put(action.id(), detail);
        return new ExecutedItem(action.id(), review.describe(), ExecutedItem.Outcome.EXECUTED, detail);
    }

    private void send(List<ApprovedAction> ads, List<ExecutedItem> items) {
        journal.sendingAll(ads.stream().map(ApprovedAction::id).toList(), channel.name(), "sending via " + channel.name(),
                clock.instant());
        Map<String, Delivery> deliveries = channel.send(ads);
        Map<String, String> applied = new LinkedHashMap<>();
        for (ApprovedAction action : ads) {
            Delivery delivery = deliveries.getOrDefault(action.id(), Delivery.failed("no answer for this action"));
            if (delivery.applied()) {
                applied.put(action.id(), delivery.detail());
                items.add(new ExecutedItem(action.id(), action.action().describe(), ExecutedItem.Outcome.EXECUTED,
                        delivery.detail()));
            } else {
                journal.failed(action.id(), channel.name(), delivery.detail(), clock.instant());
                items.add(new ExecutedItem(action.id(), action.action().describe(), ExecutedItem.Outcome.FAILED,
                        delivery.detail()));
            }
        }
        journal.appliedAll(applied, channel.name(), clock.instant());
        ledger.markAllExecuted(applied);
    }

    private List<Path> writeOrders(List<ApprovedAction> orders, Path outDir, LocalDate day, List<ExecutedItem> items) {
        List<RestockOrder> lines = orders.stream().map(a -> (RestockOrder) a.action()).toList();
        List<Path> csv = new PurchaseOrderWriter().write(lines, outDir, day);
        List<Path> html = new PurchaseOrderPages().write(lines, outDir, day);
        Map<String, String> written = new LinkedHashMap<>();
        for (ApprovedAction order : orders) {
            String detail = "written to the purchase order for " + ((RestockOrder) order.action()).supplier();
            written.put(order.id(), detail);
            items.add(new ExecutedItem(order.id(), order.action().describe(), ExecutedItem.Outcome.EXECUTED, detail));
        }
        ledger.markAllExecuted(written);
        List<Path> all = new ArrayList<>(csv);
        all.addAll(html);
        return all;
    }

    /** Coupons are documents for the person who sets them up in Seller Central: one brief per SKU. */
    private List<Path> writeCoupons(List<ApprovedAction> coupons, Path outDir, LocalDate day, List<ExecutedItem> items) {
        List<Path> briefs = new CouponBriefs().write(
                coupons.stream().map(a -> (CouponProposal) a.action()).toList(), outDir, day);
        Map<String, String> written = new LinkedHashMap<>();
        for (ApprovedAction coupon : coupons) {
            String detail = "written to the coupon brief for " + ((CouponProposal) coupon.action()).sku();
            written.put(coupon.id(), detail);
            items.add(new ExecutedItem(coupon.id(), coupon.action().describe(), ExecutedItem.Outcome.EXECUTED, detail));
        }
        ledger.markAllExecuted(written);
        return briefs;
    }

    /** Approved price changes go to a Seller Central price-and-quantity file, never through the Ads API. */
    private Path writePrices(List<ApprovedAction> prices, Path outDir, LocalDate day, List<ExecutedItem> items) {
        Path file = new PriceAndQuantityFile().write(prices.stream().map(a -> (PriceChange) a.action()).toList(), outDir, day);
        Map<String, String> written = new LinkedHashMap<>();
        for (ApprovedAction price : prices) {
            String detail = "written to " + file.getFileName() + " for upload in Seller Central";
            written.put(price.id(), detail);
            items.add(new ExecutedItem(price.id(), price.action().describe(), ExecutedItem.Outcome.EXECUTED, detail));
        }
        ledger.markAllExecuted(written);
        return file;
    }

    private ExecutionReport dryRun(List<ExecutedItem> items, List<ApprovedAction> ads, List<ApprovedAction> orders,
            List<ApprovedAction> coupons, List<ApprovedAction> prices) {
        List<String> preview = new ArrayList<>(ads.isEmpty() ? List.of() : channel.preview(ads));
        for (ApprovedAction ad : ads) {
            items.add(new ExecutedItem(ad.id(), ad.action().describe(), ExecutedItem.Outcome.WOULD_SEND,
                    "would send via " + channel.name()));
        }
        for (ApprovedAction order : orders) {
            RestockOrder line = (RestockOrder) order.action();
            preview.add("purchase order " + line.supplier() + ": " + line.describe());
            items.add(new ExecutedItem(order.id(), order.action().describe(), ExecutedItem.Outcome.WOULD_SEND,
                    "would write a purchase order for " + line.supplier()));
        }
        for (ApprovedAction coupon : coupons) {
            preview.add("coupon brief: " + coupon.action().describe());
            items.add(new ExecutedItem(coupon.id(), coupon.action().describe(), ExecutedItem.Outcome.WOULD_SEND,
                    "would write a coupon brief"));
        }
        for (ApprovedAction price : prices) {
            preview.add("price file: " + price.action().describe());
            items.add(new ExecutedItem(price.id(), price.action().describe(), ExecutedItem.Outcome.WOULD_SEND,
                    "would write a Seller Central price-and-quantity file"));
        }
        return new ExecutionReport(items, List.of(), List.of(), preview);
    }

    private static ExecutedItem item(String id, LedgerEntry entry, ExecutedItem.Outcome outcome, String detail) {
        return new ExecutedItem(id, entry.action().describe(), outcome, detail);
    }
}
