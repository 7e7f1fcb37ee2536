package dev.arbiter.govern;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.ActionFacts;
import dev.arbiter.model.Money;
import dev.arbiter.policy.ConditionalBudget;
import dev.arbiter.policy.Variable;
import dev.arbiter.policy.Variables;
import java.util.Arrays;
import java.util.Objects;

/**
 * The values guardrails read ({@code sku.*}, {@code target.*}, {@code portfolio.*}, {@code action.*}); what is not
 * known is NaN, 0, empty or false, so a comparison against it is false.
 */
public final class Context implements Variables {
    private static final Variable[] ALL = Variable.values();

    private final Object[] values;

    private Context(Object[] values) {
        this.values = values;
    }

    /** A context that knows nothing yet: for actions that serve no single SKU, such as a campaign budget. */
    public static Context empty() {
        Object[] values = new Object[ALL.length];
        for (Variable variable : ALL) {
            values[variable.ordinal()] = variable.unknownValue();
        }
        return new Context(values);
    }

    /** The SKU's economics over its window, as {@code sku.*}. */
    public static Context forSku(SkuEconomics sku) {
        return empty().with(Variable.SKU_SKU, sku.sku().value())
                .with(Variable.SKU_CATEGORY, sku.category())
                .with(Variable.SKU_OBJECTIVE, sku.objective().key())
                .with(Variable.SKU_REVENUE, amount(sku.revenue()))
                .with(Variable.SKU_UNITS, sku.units())
                .with(Variable.SKU_CONTRIBUTION_BEFORE_ADS, amount(sku.contributionBeforeAds()))
                .with(Variable.SKU_CONTRIBUTION_AFTER_ADS, amount(sku.contributionAfterAds()))
                .with(Variable.SKU_CONTRIBUTION_BEFORE_ADS_PCT, sku.contributionBeforeAdsPct())
                .with(Variable.SKU_CONTRIBUTION_AFTER_ADS_PCT, sku.contributionAfterAdsPct())
                .with(Variable.SKU_BREAK_EVEN_ACOS, sku.breakEvenAcos())
                .with(Variable.SKU_ACOS, sku.acos())
                .with(Variable.SKU_TACOS, sku.tacos())
                .with(Variable.SKU_AD_SPEND, amount(sku.adSpend()))
                .with(Variable.SKU_DAYS_OF_COVER, sku.daysOfCover())
                .with(Variable.SKU_BUY_BOX_PCT, sku.buyBoxPct())
                .with(Variable.SKU_IN_STOCK_RATE, sku.inStockRate())
                .with(Variable.SKU_UNIT_COST, amount(sku.unitCost()))
                .with(Variable.SKU_PRICE, amount(sku.averagePrice()))
                .with(Variable.SKU_UNITS_PER_DAY, sku.unitsPerDay());
    }

    /** The keyword or product target an action changes, and the ACoS its SKU's objective allows. */
    public Context withTarget(TargetEconomics target, double targetAcos) {
        return with(Variable.TARGET_CLICKS, target.clicks())
                .with(Variable.TARGET_ORDERS, target.orders())
                .with(Variable.TARGET_SPEND, amount(target.spend()))
                .with(Variable.TARGET_SALES, amount(target.sales()))
                .with(Variable.TARGET_ACOS, target.acos())
                .with(Variable.TARGET_TARGET_ACOS, targetAcos);
    }

    /** The portfolio an action spends from: its envelope, what it spent and what it kept after ads. */
    public Context withPortfolio(ConditionalBudget budget, Money spend, double contributionAfterAdsPct) {
        return with(Variable.PORTFOLIO_NAME, budget.portfolio())
                .with(Variable.PORTFOLIO_KIND, budget.kind().key())
                .with(Variable.PORTFOLIO_SPEND, amount(spend))
                .with(Variable.PORTFOLIO_CONTRIBUTION_AFTER_ADS_PCT, contributionAfterAdsPct)
                .with(Variable.PORTFOLIO_MONTHLY_BUDGET, amount(budget.monthly()));
    }

    /** Relative change of sales and of the star rating over the last 28 days against the 28 before. */
    public Context withTrends(double salesTrend28d, double ratingTrend28d) {
        return with(Variable.SKU_SALES_TREND_28D, salesTrend28d).with(Variable.SKU_RATING_TREND_28D, ratingTrend28d);
    }

    /** The action under test, as {@code action.*}. */
    public Context withAction(Action action) {
        ActionFacts facts = action.facts();
        return with(Variable.ACTION_TYPE, action.type().key())
                .with(Variable.ACTION_OLD_VALUE, facts.oldValue())
                .with(Variable.ACTION_NEW_VALUE, facts.newValue())
                .with(Variable.ACTION_STEP_PCT, facts.stepPct())
                .with(Variable.ACTION_VALUE, amount(facts.valueAtStake()))
                .with(Variable.ACTION_REVERSIBLE, action.reversible());
    }

    @Override
    public Object valueOf(Variable variable) {
        return values[variable.ordinal()];
    }

    private Context with(Variable variable, double value) {
        return put(variable, value);
    }

    private Context with(Variable variable, long value) {
        return put(variable, value);
    }

    private Context with(Variable variable, String value) {
        return put(variable, Objects.requireNonNull(value, variable.key()));
    }

    private Context with(Variable variable, boolean value) {
        return put(variable, value);
    }

    private Context put(Variable variable, Object value) {
        Object[] copy = Arrays.copyOf(values, values.length);
        copy[variable.ordinal()] = value;
        return new Context(copy);
    }

    private static double amount(Money money) {
        return money.amount().doubleValue();
    }
}
