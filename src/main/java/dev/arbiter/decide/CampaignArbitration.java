package dev.arbiter.decide;

import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.SpendResponseFit;
import dev.arbiter.model.Money;
import java.util.Objects;

/**
 * What budget arbitration concluded for one campaign: its fitted curve, its daily spend now and the spend the
 * allocation gives it, its budget now and proposed, and why it was held where it was not moved.
 *
 * @param note why the campaign's spend may not rise or was left alone; empty when it moved freely
 */
public record CampaignArbitration(
        CampaignSpendHistory campaign,
        SpendResponseFit fit,
        double currentSpend,
        double proposedSpend,
        Money currentBudget,
        Money proposedBudget,
        String note) {

    public CampaignArbitration {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(currentBudget, "currentBudget");
        Objects.requireNonNull(proposedBudget, "proposedBudget");
        Objects.requireNonNull(note, "note");
    }

    /** Whether a budget change is proposed. */
    public boolean changed() {
        return currentBudget.compareTo(proposedBudget) != 0;
    }

    /** Marginal contribution after ads at the current daily spend. */
    public double marginalContributionNow() {
        return fit.curve().marginalContributionAfterAds(currentSpend);
    }
}
