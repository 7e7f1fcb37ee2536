package dev.arbiter.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void a_changed_line_shows_as_removed_then_added_at_its_line() {
        LineDiff diff = LineDiff.between("a\nb\nc\n", "a\nB\nc\n");

        assertEquals(List.of("@@ line 2", "- b", "+ B"), diff.lines());
    }

    @Test
    void added_and_removed_lines_show_in_separate_places() {
        LineDiff diff = LineDiff.between("a\nb\nc\nd\n", "a\nc\nd\ne\n");

        assertEquals(List.of("@@ line 2", "- b", "@@ line 4", "+ e"), diff.lines());
    }

    @Test
    void the_same_text_has_no_diff() {
        assertEquals(true, LineDiff.between("a\nb\n", "a\nb\n").isEmpty());
    }
}
