package dev.arbiter.execute;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A supplier's name as it may appear in a file name: lower-case ASCII letters and digits joined by dashes. */
public record SupplierSlug(String supplier) {
    public SupplierSlug {
        Objects.requireNonNull(supplier, "supplier");
    }

    /** {@code "Ösby Häus & Co."} becomes {@code "osby-haus-co"}; a name with no letters or digits becomes {@code "supplier"}. */
    public String value() {
        String ascii = Normalizer.normalize(supplier, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "supplier" : slug;
    }
}
