package dev.arbiter.govern;

import dev.arbiter.economics.PortfolioEconomics;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
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
        return empty().edit(values -> {
            values.put(Variable.SKU_SKU, sku.sku().value());
            values.put(Variable.SKU_CATEGORY, sku.category());
            values.put(Variable.SKU_OBJECTIVE, sku.objective().key());
            values.put(Variable.SKU_REVENUE, amount(sku.revenue()));
            values.put(Variable.SKU_UNITS, sku.units());
            values.put(Variable.SKU_CONTRIBUTION_BEFORE_ADS, amount(sku.contributionBeforeAds()));
            values.put(Variable.SKU_CONTRIBUTION_AFTER_ADS, amount(sku.contributionAfterAds()));
            values.put(Variable.SKU_CONTRIBUTION_BEFORE_ADS_PCT, sku.contributionBeforeAdsPct());
            values.put(Variable.SKU_CONTRIBUTION_AFTER_ADS_PCT, sku.contributionAfterAdsPct());
            values.put(Variable.SKU_BREAK_EVEN_ACOS, sku.breakEvenAcos());
            values.put(Variable.SKU_ACOS, sku.acos());
            values.put(Variable.SKU_TACOS, sku.tacos());
            values.put(Variable.SKU_AD_SPEND, amount(sku.adSpend()));
            values.put(Variable.SKU_DAYS_OF_COVER, sku.daysOfCover());
            values.put(Variable.SKU_BUY_BOX_PCT, sku.buyBoxPct());
            values.put(Variable.SKU_IN_STOCK_RATE, sku.inStockRate());
            values.put(Variable.SKU_UNIT_COST, amount(sku.unitCost()));
            values.put(Variable.SKU_PRICE, amount(sku.averagePrice()));
            values.put(Variable.SKU_UNITS_PER_DAY, sku.unitsPerDay());
        });
    }

    /**
     * The keyword or product target an action changes, and the ACoS its SKU's objective allows; on a context that knows
     * its SKU, also what the target's spend kept: its sales at the SKU's margin before ads, less the spend (the marginal
     * contribution that incremental spend must keep positive, which ROAS alone does not show).
     */
    public Context withTarget(TargetEconomics target, double targetAcos) {
        double marginBeforeAds = (double) valueOf(Variable.SKU_CONTRIBUTION_BEFORE_ADS_PCT);
        return edit(values -> {
            values.put(Variable.TARGET_CONTRIBUTION_AFTER_ADS,
                    amount(target.sales()) * marginBeforeAds - amount(target.spend()));
            values.put(Variable.TARGET_CLICKS, target.clicks());
            values.put(Variable.TARGET_ORDERS, target.orders());
            values.put(Variable.TARGET_SPEND, amount(target.spend()));
            values.put(Variable.TARGET_SALES, amount(target.sales()));
            values.put(Variable.TARGET_ACOS, target.acos());
            values.put(Variable.TARGET_TARGET_ACOS, targetAcos);
        });
    }

    /** The portfolio an action spends from: its envelope, what it spent and what it kept after ads. */
    public Context withPortfolio(ConditionalBudget budget, Money spend, double contributionAfterAdsPct) {
        return edit(values -> {
            values.put(Variable.PORTFOLIO_NAME, budget.portfolio());
            values.put(Variable.PORTFOLIO_KIND, budget.kind().key());
            values.put(Variable.PORTFOLIO_SPEND, amount(spend));
            values.put(Variable.PORTFOLIO_CONTRIBUTION_AFTER_ADS_PCT, contributionAfterAdsPct);
            values.put(Variable.PORTFOLIO_MONTHLY_BUDGET, amount(budget.monthly()));
        });
    }

    /**
     * The portfolio an action spends from, with the figures of its own SKUs (those its campaigns advertise):
     * {@code portfolio.spend} is what its campaigns spent, {@code portfolio.contribution_after_ads_pct} what its SKUs
     * kept after all their ad spend, as a share of their revenue.
     */
    public Context withPortfolio(ConditionalBudget budget, PortfolioEconomics portfolio) {
        return withPortfolio(budget, portfolio.campaignSpend(), portfolio.contributionAfterAdsPct()).edit(values -> {
            values.put(Variable.PORTFOLIO_REVENUE, amount(portfolio.revenue()));
            values.put(Variable.PORTFOLIO_CONTRIBUTION_BEFORE_ADS, amount(portfolio.contributionBeforeAds()));
            values.put(Variable.PORTFOLIO_CONTRIBUTION_AFTER_ADS, amount(portfolio.contributionAfterAds()));
            values.put(Variable.PORTFOLIO_AD_SPEND, amount(portfolio.adSpend()));
            values.put(Variable.PORTFOLIO_SKUS, (long) portfolio.skus());
        });
    }

    /**
     * Where the SKU is heading ({@code sku.sales_trend}, {@code sku.rating}, {@code sku.rating_trend} and their 28-day
     * forms) and its share of the brand's ad spend over the window ({@code sku.ad_spend_share}).
     */
    public Context withTrend(SkuTrend trend, double adSpendShare) {
        return edit(values -> {
            values.put(Variable.SKU_SALES_TREND, trend.salesTrend());
            values.put(Variable.SKU_SALES_TREND_28D, trend.salesTrend28d());
            values.put(Variable.SKU_RATING, trend.rating());
            values.put(Variable.SKU_RATING_TREND, trend.ratingTrend());
            values.put(Variable.SKU_RATING_TREND_28D, trend.ratingTrend28d());
            values.put(Variable.SKU_RATINGS_COUNT, trend.ratingsCount());
            values.put(Variable.SKU_AD_SPEND_SHARE, adSpendShare);
        });
    }

    /** The action under test, as {@code action.*}. */
    public Context withAction(Action action) {
        ActionFacts facts = action.facts();
        return edit(values -> {
            values.put(Variable.ACTION_TYPE, action.type().key());
            values.put(Variable.ACTION_OLD_VALUE, facts.oldValue());
            values.put(Variable.ACTION_NEW_VALUE, facts.newValue());
            values.put(Variable.ACTION_STEP_PCT, facts.stepPct());
            values.put(Variable.ACTION_VALUE, amount(facts.valueAtStake()));
            values.put(Variable.ACTION_REVERSIBLE, action.reversible());
        });
    }

    @Override
    public Object valueOf(Variable variable) {
        return values[variable.ordinal()];
    }

    /** One copy of the values, changed in place, then frozen into a new context. */
    private Context edit(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(Arrays.copyOf(values, values.length));
        change.accept(draft);
        return new Context(draft.values);
    }

    /** The values of a context being built; each put checks that the value has the variable's CEL type. */
    private static final class Draft {
        private final Object[] values;

        Draft(Object[] values) {
            this.values = values;
        }

        void put(Variable variable, double value) {
            set(variable, Variable.Kind.DOUBLE, value);
        }

        void put(Variable variable, long value) {
            set(variable, Variable.Kind.INT, value);
        }

        void put(Variable variable, String value) {
            set(variable, Variable.Kind.STRING, Objects.requireNonNull(value, variable.key()));
        }

        void put(Variable variable, boolean value) {
            set(variable, Variable.Kind.BOOL, value);
        }

        private void set(Variable variable, Variable.Kind kind, Object value) {
            if (variable.kind() != kind) {
                throw new IllegalArgumentException(variable.key() + " is " + variable.kind() + ", not " + kind);
            }
            values[variable.ordinal()] = value;
        }
    }

    private static double amount(Money money) {
        return money.amount().doubleValue();
    }
}
