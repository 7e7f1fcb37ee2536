package dev.arbiter.decide;

import dev.arbiter.model.Figure;
import dev.arbiter.model.Rationale;
import dev.arbiter.policy.Rule;
import dev.arbiter.policy.Variable;
import dev.arbiter.policy.Variables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a rule fired, in its own words: the rule's id and condition, then each variable it reads with the value that
 * made it hold, as figures in their units (a variable not known, NaN, is named as unknown in the summary).
 */
final class RuleRationale {
    private static final Set<Variable> STARS = Set.of(Variable.SKU_RATING, Variable.SKU_RATING_TREND);
    private static final Set<Variable> MONEY = Set.of(Variable.SKU_REVENUE, Variable.SKU_CONTRIBUTION_BEFORE_ADS,
            Variable.SKU_CONTRIBUTION_AFTER_ADS, Variable.SKU_AD_SPEND, Variable.SKU_UNIT_COST, Variable.SKU_PRICE,
            Variable.TARGET_SPEND, Variable.TARGET_SALES, Variable.TARGET_CONTRIBUTION_AFTER_ADS);

    private RuleRationale() {}

    static Rationale of(Rule rule, Variables state, List<String> targets) {
        List<Figure> figures = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<Variable, Object> value : rule.when().valuesIn(state).entrySet()) {
            Variable variable = value.getKey();
            Object held = value.getValue();
            values.add(variable.key() + " = " + shown(held));
            if (held instanceof Double number && Double.isFinite(number)) {
                figures.add(figure(variable, number));
            } else if (held instanceof Long count) {
                figures.add(Figure.count(name(variable), count));
            }
        }
        String where = targets.isEmpty() ? "" : " on " + targets.size() + " target(s), first " + targets.get(0);
        String summary = "rule " + rule.id() + " holds" + where + ": " + rule.when().source() + " (" + String.join(", ",
                values) + ")";
        return new Rationale(summary, figures);
    }

    private static Figure figure(Variable variable, double value) {
        String name = name(variable);
        if (STARS.contains(variable)) {
            return Figure.stars(name, value);
        }
        if (MONEY.contains(variable)) {
            return new Figure(name, BigDecimal.valueOf(value), Figure.Unit.MONEY);
        }
        if (variable == Variable.SKU_DAYS_OF_COVER) {
            return Figure.days(name, value);
        }
        if (variable == Variable.SKU_UNITS_PER_DAY) {
            return Figure.perDay(name, value);
        }
        return Figure.ratio(name, value);
    }

    /** {@code sku.sales_trend} → {@code sales_trend}, as other rationales name their figures. */
    private static String name(Variable variable) {
        return variable.key().substring(variable.key().indexOf('.') + 1);
    }

    private static String shown(Object value) {
        if (value instanceof Double number) {
            return Double.isNaN(number) ? "unknown" : String.format(Locale.ROOT, "%.4f", number);
        }
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
