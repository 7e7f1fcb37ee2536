package dev.arbiter.policy;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every name a guardrail, rule or budget condition may read, with its CEL type (DOUBLE unless noted). */
public enum Variable {
    SKU_SKU("sku.sku", Kind.STRING),
    SKU_CATEGORY("sku.category", Kind.STRING),
    SKU_OBJECTIVE("sku.objective", Kind.STRING),
    SKU_REVENUE("sku.revenue", Kind.DOUBLE),
    SKU_UNITS("sku.units", Kind.INT),
    SKU_CONTRIBUTION_BEFORE_ADS("sku.contribution_before_ads", Kind.DOUBLE),
    SKU_CONTRIBUTION_AFTER_ADS("sku.contribution_after_ads", Kind.DOUBLE),
    SKU_CONTRIBUTION_BEFORE_ADS_PCT("sku.contribution_before_ads_pct", Kind.DOUBLE),
    SKU_CONTRIBUTION_AFTER_ADS_PCT("sku.contribution_after_ads_pct", Kind.DOUBLE),
    SKU_BREAK_EVEN_ACOS("sku.break_even_acos", Kind.DOUBLE),
    SKU_ACOS("sku.acos", Kind.DOUBLE),
    SKU_TACOS("sku.tacos", Kind.DOUBLE),
    SKU_AD_SPEND("sku.ad_spend", Kind.DOUBLE),
    SKU_DAYS_OF_COVER("sku.days_of_cover", Kind.DOUBLE),
    SKU_BUY_BOX_PCT("sku.buy_box_pct", Kind.DOUBLE),
    SKU_IN_STOCK_RATE("sku.in_stock_rate", Kind.DOUBLE),
    SKU_UNIT_COST("sku.unit_cost", Kind.DOUBLE),
    SKU_PRICE("sku.price", Kind.DOUBLE),
    SKU_UNITS_PER_DAY("sku.units_per_day", Kind.DOUBLE),
    SKU_SALES_TREND_28D("sku.sales_trend_28d", Kind.DOUBLE),
    SKU_RATING_TREND_28D("sku.rating_trend_28d", Kind.DOUBLE),
    SKU_SALES_TREND("sku.sales_trend", Kind.DOUBLE),
    SKU_RATING("sku.rating", Kind.DOUBLE),
    SKU_RATING_TREND("sku.rating_trend", Kind.DOUBLE),
    SKU_RATINGS_COUNT("sku.ratings_count", Kind.INT),
    SKU_AD_SPEND_SHARE("sku.ad_spend_share", Kind.DOUBLE),
    ACTION_TYPE("action.type", Kind.STRING),
    ACTION_OLD_VALUE("action.old_value", Kind.DOUBLE),
    ACTION_NEW_VALUE("action.new_value", Kind.DOUBLE),
    ACTION_STEP_PCT("action.step_pct", Kind.DOUBLE),
    ACTION_VALUE("action.value", Kind.DOUBLE),
    ACTION_REVERSIBLE("action.reversible", Kind.BOOL),
    TARGET_CLICKS("target.clicks", Kind.INT),
    TARGET_ORDERS("target.orders", Kind.INT),
    TARGET_SPEND("target.spend", Kind.DOUBLE),
    TARGET_SALES("target.sales", Kind.DOUBLE),
    TARGET_ACOS("target.acos", Kind.DOUBLE),
    TARGET_TARGET_ACOS("target.target_acos", Kind.DOUBLE),
    /** The target's sales times its SKU's contribution margin before ads, less the target's spend. */
    TARGET_CONTRIBUTION_AFTER_ADS("target.contribution_after_ads", Kind.DOUBLE),
    PORTFOLIO_NAME("portfolio.name", Kind.STRING),
    PORTFOLIO_KIND("portfolio.kind", Kind.STRING),
    PORTFOLIO_SPEND("portfolio.spend", Kind.DOUBLE),
    PORTFOLIO_CONTRIBUTION_AFTER_ADS_PCT("portfolio.contribution_after_ads_pct", Kind.DOUBLE),
    PORTFOLIO_MONTHLY_BUDGET("portfolio.monthly_budget", Kind.DOUBLE),
    /** Revenue of the SKUs the portfolio's campaigns advertise, over the window. */
    PORTFOLIO_REVENUE("portfolio.revenue", Kind.DOUBLE),
    /** CM1 of the portfolio's SKUs. */
    PORTFOLIO_CONTRIBUTION_BEFORE_ADS("portfolio.contribution_before_ads", Kind.DOUBLE),
    /** CM1 of the portfolio's SKUs less all their ad spend (CM2). */
    PORTFOLIO_CONTRIBUTION_AFTER_ADS("portfolio.contribution_after_ads", Kind.DOUBLE),
    /** All ad spend of the portfolio's SKUs, in whichever campaign. */
    PORTFOLIO_AD_SPEND("portfolio.ad_spend", Kind.DOUBLE),
    /** How many SKUs the portfolio's campaigns advertise. */
    PORTFOLIO_SKUS("portfolio.skus", Kind.INT);

    private static final Map<String, Variable> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Variable::key, Function.identity()));

    private final String key;
    private final Kind kind;

    Variable(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The dotted name expressions use: {@code sku.contribution_after_ads_pct}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Variable> byKey(String key) {
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /**
     * Whether only rules know the variable: a SKU's trends, rating and share of ad spend are computed for the rules'
     * evaluation, not for the guardrails and budget conditions an action is checked against.
     */
    public boolean rulesOnly() {
        return switch (this) {
            case SKU_SALES_TREND, SKU_SALES_TREND_28D, SKU_RATING, SKU_RATING_TREND, SKU_RATING_TREND_28D,
                    SKU_RATINGS_COUNT, SKU_AD_SPEND_SHARE -> true;
            default -> false;
        };
    }

    /** The value a variable holds when its context does not know it: NaN, 0, empty or false. */
    public Object unknownValue() {
        return kind.unknown;
    }

    /** The CEL types the variables are declared with; values are passed as Double, Long, String or Boolean. */
    public enum Kind {
        DOUBLE(SimpleType.DOUBLE, Double.NaN),
        INT(SimpleType.INT, 0L),
        STRING(SimpleType.STRING, ""),
        BOOL(SimpleType.BOOL, Boolean.FALSE);

        private final CelType celType;
        private final Object unknown;

        Kind(CelType celType, Object unknown) {
            this.celType = celType;
            this.unknown = unknown;
        }

        public CelType celType() {
            return celType;
        }
    }
}
