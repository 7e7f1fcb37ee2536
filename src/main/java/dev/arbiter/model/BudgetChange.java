package dev.arbiter.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A new daily budget for one campaign. The portfolio id and end date are carried because a
 * bulksheet campaign update that leaves them blank removes them (formats doc, B2).
 */
public record BudgetChange(
        CampaignId campaignId,
        String campaignName,
        Optional<String> portfolioId,
        Optional<LocalDate> endDate,
        Money currentBudget,
        Money newBudget,
        Rationale rationale)
        implements Action {

    public BudgetChange {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(portfolioId, "portfolioId");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(currentBudget, "currentBudget");
        Objects.requireNonNull(newBudget, "newBudget");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public ActionType type() {
        return ActionType.BUDGET_CHANGE;
    }

    @Override
    public String subject() {
        return "campaign:" + campaignId.value();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.empty();
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public String describe() {
        return "daily budget " + campaignName + ": " + currentBudget.plain() + " → " + newBudget.plain() + " "
                + newBudget.currency().getCurrencyCode();
    }

    @Override
    public ActionFacts facts() {
        return ActionFacts.change(currentBudget, newBudget, newBudget.minus(currentBudget).times(30));
    }
}
