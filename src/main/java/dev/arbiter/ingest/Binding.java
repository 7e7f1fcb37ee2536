package dev.arbiter.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A layout bound to one table's header: for each of its columns, where in the row its cells are, and the attribution
 * window the header states.
 *
 * @param layout the layout the header matched
 * @param positions for each column, its cell indexes (one, several when summed, none when absent)
 * @param matchedColumns how many columns the header has, to prefer the closest layout
 * @param attributionDays the window of the sales columns (the kind's default unless a header says otherwise)
 */
record Binding(ReportLayout layout, List<int[]> positions, int matchedColumns, int attributionDays) {
    static Optional<Binding> of(ReportLayout layout, List<String> names, List<String> header, HeaderSynonyms synonyms) {
        if (layout.excludedHeaders().stream().anyMatch(names::contains)) {
            return Optional.empty();
        }
        List<int[]> positions = new ArrayList<>();
        int matched = 0;
        int attributionDays = layout.kind().attributionDays();
        for (Column column : layout.columns()) {
            int[] found = find(column, names);
            if (column.required() && (found.length == 0 || (column.summed() && found.length < column.headers().size()))) {
                return Optional.empty();
            }
            positions.add(found);
            matched += found.length;
            for (int index : found) {
                attributionDays = synonyms.attributionDays(header.get(index)).orElse(attributionDays);
            }
        }
        return Optional.of(new Binding(layout, List.copyOf(positions), matched, attributionDays));
    }

    private static int[] find(Column column, List<String> names) {
        if (column.origin() != Column.Origin.HEADER) {
            return new int[0];
        }
        if (column.summed()) {
            return column.headers().stream().mapToInt(names::indexOf).filter(i -> i >= 0).toArray();
        }
        for (String header : column.headers()) {
            int index = names.indexOf(header);
            if (index >= 0) {
                return new int[] {index};
            }
        }
        return new int[0];
    }
}
