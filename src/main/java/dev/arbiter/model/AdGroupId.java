package dev.arbiter.model;

/** A Sponsored Products ad group id as the bulksheet download gives it. */
public record AdGroupId(String value) {
    public AdGroupId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an ad group id cannot be blank");
        }
        value = value.trim();
    }

    @Override
    public String toString() {
        return value;
    }
}
