package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Orders stock from a SKU's supplier when available plus inbound units fall below the reorder point (velocity ×
 * (lead time + safety days)), enough to cover lead time plus the cover days, in whole cases. A SKU whose
 * objective is to clear its stock is never reordered.
 */
public final class ProposingRestockOrders implements Proposer {

    /** Tolerates floating-point noise such as 148.00000000001 before rounding up to whole units. */
    private static final double UNIT_TOLERANCE = 1e-9;

    /**
     * How much stock is kept and ordered.
     *
     * @param safetyDays days of sales kept in reserve beyond the lead time
     * @param coverDays days of sales an order should cover beyond the lead time
     * @param caseSize units per case; quantities are rounded up to whole cases
     */
    public record Settings(int safetyDays, int coverDays, int caseSize) {
        public Settings {
            if (safetyDays < 0 || coverDays < 0 || caseSize < 1) {
                throw new IllegalArgumentException(
                        "restock settings need safetyDays ≥ 0, coverDays ≥ 0 and caseSize ≥ 1, got " + safetyDays
                                + ", " + coverDays + ", " + caseSize);
            }
        }

        public static Settings defaults() {
            return new Settings(14, 60, 10);
        }
    }

    private final Settings settings;

    public ProposingRestockOrders(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            double perDay = sku.unitsPerDay();
            if (!(perDay > 0) || sku.objective() == Objective.CLEAR_STOCK) {
                continue;
            }
            long onHand = sku.available() + sku.inbound();
            double reorderPoint = perDay * (sku.leadTimeDays() + settings.safetyDays());
            if (!(onHand < reorderPoint)) {
                continue;
            }
            long wanted = (long) Math.ceil(perDay * (sku.leadTimeDays() + settings.coverDays()) - UNIT_TOLERANCE);
            long quantity = roundUpToCase(wanted - onHand);
            if (quantity <= 0) {
                continue;
            }
            String supplier = Objects.requireNonNullElse(sku.supplier(), "");
            String summary = String.format(
                    Locale.ROOT,
                    "%s has %d units available and inbound, below its reorder point of %.1f: order %d to cover %d days",
                    sku.sku(), onHand, reorderPoint, quantity, sku.leadTimeDays() + settings.coverDays());
            actions.add(new RestockOrder(sku.sku(), supplier, quantity, sku.unitCost(), new Rationale(
                    summary, List.of(
                            Figure.perDay("units_per_day", perDay),
                            Figure.count("available", sku.available()),
                            Figure.count("inbound", sku.inbound()),
                            Figure.days("lead_time_days", sku.leadTimeDays()),
                            Figure.count("reorder_point", (long) Math.ceil(reorderPoint - UNIT_TOLERANCE)),
                            Figure.money("order_value", sku.unitCost().times(quantity))))));
        }
        return actions;
    }

    private long roundUpToCase(long units) {
        long cases = Math.floorDiv(units + settings.caseSize() - 1, settings.caseSize());
        return cases * settings.caseSize();
    }
}
