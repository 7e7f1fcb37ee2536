package dev.arbiter.decide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget arbitration inside one portfolio: its envelope (if the operating model sets one), the marginal contribution
 * after ads its campaigns were equalised at, and every campaign's outcome.
 *
 * @param level the common marginal contribution after ads where the envelope binds; 0 where it does not
 */
public record PortfolioArbitration(
        String portfolio, Optional<PortfolioEnvelope> envelope, double level, List<CampaignArbitration> campaigns) {

    public PortfolioArbitration {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(envelope, "envelope");
        campaigns = List.copyOf(campaigns);
    }

    /** The envelope's state in words, or that the operating model sets none for this portfolio. */
    public String state() {
        return envelope.map(PortfolioEnvelope::state).orElse("no envelope in the operating model");
    }

    /** The portfolio's current daily spend, summed over its campaigns. */
    public double currentSpend() {
        return campaigns.stream().mapToDouble(CampaignArbitration::currentSpend).sum();
    }

    /** The daily spend after arbitration, summed over its campaigns. */
    public double proposedSpend() {
        return campaigns.stream().mapToDouble(CampaignArbitration::proposedSpend).sum();
    }
}
