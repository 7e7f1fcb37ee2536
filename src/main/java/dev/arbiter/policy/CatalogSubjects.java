package dev.arbiter.policy;

import dev.arbiter.model.ObjectiveAssignment;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SKUs and categories a workspace's catalog holds, against which the objective entries of an operating model are
 * checked: an entry naming neither is a warning, not an error, because the catalog may simply not list it yet.
 */
public record CatalogSubjects(SortedSet<String> skus, SortedSet<String> categories) {
    public CatalogSubjects {
        skus = new TreeSet<>(skus);
        SortedSet<String> ignoringCase = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ignoringCase.addAll(categories);
        categories = ignoringCase;
    }

    /** One warning per entry of {@code plan} whose SKU or category the catalog does not hold, in file order. */
    public List<Problem> unknownIn(String file, ObjectivePlan plan) {
        List<Problem> warnings = new ArrayList<>();
        for (ObjectiveAssignment entry : plan.assignments()) {
            boolean sku = entry.subject() == ObjectiveAssignment.Subject.SKU;
            SortedSet<String> known = sku ? skus : categories;
            if (known.contains(entry.name())) {
                continue;
            }
            String hint = new NearestName(List.copyOf(known)).to(entry.name())
                    .map(name -> "did you mean '" + name + "'?")
                    .orElse(sku ? "check the SKU against the catalog" : "the catalog's categories are " + String.join(", ", known));
            warnings.add(new Problem(file, entry.line(), entry.column(), "",
                    (sku ? "SKU '" : "category '") + entry.name() + "' is not in the catalog, so the entry sets no SKU's objective",
                    hint));
        }
        return warnings;
    }
}
