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
 * Orders stock from a SKU's supplier when available plus inbound units fall below the reorder point (forecast demand
 * over the lead time plus safety stock for the service level, {@link StockPosition}), enough to reach the demand over
 * lead time plus review period plus safety, in whole case packs. A SKU whose objective is to clear its stock is never
 * reordered.
 */
public final class ProposingRestockOrders implements Proposer {

    /** Tolerates floating-point noise such as 148.00000000001 before rounding up to whole units. */
    private static final double UNIT_TOLERANCE = 1e-9;

    private final StockOutlook outlook;

    public ProposingRestockOrders(StockOutlook outlook) {
        this.outlook = Objects.requireNonNull(outlook, "outlook");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            StockPosition position = outlook.positionOf(sku);
            if (!(position.forecast().unitsPerDay() > 0) || sku.objective() == Objective.CLEAR_STOCK) {
                continue;
            }
            if (!(position.onHand() < position.reorderPoint())) {
                continue;
            }
            long wanted = (long) Math.ceil(position.orderUpTo() - UNIT_TOLERANCE);
            int casePack = outlook.casePackOf(sku.sku());
            long quantity = roundUpToCase(wanted - position.onHand(), casePack);
            if (quantity <= 0) {
                continue;
            }
            String supplier = Objects.requireNonNullElse(sku.supplier(), "");
            int span = sku.leadTimeDays() + outlook.terms().reviewDays();
            String summary = String.format(Locale.ROOT,
                    "%s has %d units available and inbound, below its reorder point of %.1f (%s; %.0f %% service"
                            + " level): order %d to cover %d days of lead time and review plus safety stock",
                    sku.sku(), position.onHand(), position.reorderPoint(), position.forecast().describe(),
                    outlook.terms().serviceLevel() * 100, quantity, span);
            List<Figure> figures = new ArrayList<>(position.forecastFigures());
            figures.addAll(List.of(
                    Figure.count("available", sku.available()),
                    Figure.count("inbound", sku.inbound()),
                    Figure.days("days_of_cover", position.daysOfCover()),
                    Figure.days("lead_time_days", sku.leadTimeDays()),
                    Figure.days("review_days", outlook.terms().reviewDays()),
                    Figure.count("case_pack", casePack),
                    Figure.money("order_value", sku.unitCost().times(quantity))));
            actions.add(new RestockOrder(sku.sku(), supplier, quantity, sku.unitCost(), new Rationale(summary, figures)));
        }
        return actions;
    }

    private static long roundUpToCase(long units, int casePack) {
        long cases = Math.floorDiv(units + casePack - 1, casePack);
        return cases * casePack;
    }
}
