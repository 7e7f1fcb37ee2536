package dev.arbiter.model;

/** A Sponsored Products campaign id as the bulksheet download gives it (a long integer held as text). */
public record CampaignId(String value) {
    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a campaign id cannot be blank");
        }
        value = value.trim();
    }

    @Override
    public String toString() {
        return value;
    }
}
