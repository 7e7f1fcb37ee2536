package dev.arbiter.model;

/** A seller's stock-keeping unit, exactly as written in Seller Central (case matters). */
public record Sku(String value) implements Comparable<Sku> {
    public Sku {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a SKU cannot be blank");
        }
        value = value.trim();
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
