package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header names Arbiter reads as Amazon's English console headers: the built-in table of localised and Ads API
 * names ({@code header-synonyms.tsv}), plus, for a workspace, the user's own {@code header-synonyms.tsv} in the same
 * format, which maps the headers of a report in a language the table does not know once for every later file.
 */
public final class HeaderSynonyms {
    /** The name of the table, built in and in a workspace folder. */
    public static final String FILE_NAME = "header-synonyms.tsv";
    /** An Ads API v3 metric with its window as a suffix: {@code sales7d}, {@code unitsSoldClicks14d}. */
    private static final Pattern API_WINDOW = Pattern.compile("^([a-z]+)(\\d{1,2})d$");
    private static final String HOW = "write one mapping a line: the report's header, a tab, the English console header it"
            + " stands for (e.g. 'Terme de recherche client<TAB>Customer Search Term'); '#' starts a comment";
    private static final HeaderSynonyms BUILT_IN = new HeaderSynonyms(builtInTable(), Optional.empty());

    private final Map<String, String> english;
    private final Optional<Path> workspaceFile;

    private HeaderSynonyms(Map<String, String> english, Optional<Path> workspaceFile) {
        this.english = Map.copyOf(english);
        this.workspaceFile = workspaceFile;
    }

    /** Only the built-in table. */
    public static HeaderSynonyms builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in table plus {@code <workspace>/header-synonyms.tsv} when it exists (its lines win over built-in ones);
     * messages about unknown headers then point the user at that file.
     *
     * @throws ArbiterException (user error) naming each malformed line of the workspace file
     */
    public static HeaderSynonyms forWorkspace(Path workspace) {
        Path file = workspace.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new HeaderSynonyms(BUILT_IN.english, Optional.of(file));
        }
        Map<String, String> table = new HashMap<>(BUILT_IN.english);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        List<String> lines = userLines(file);
        for (int i = 0; i < lines.size(); i++) {
            userLine(file.toString(), i + 1, lines.get(i), seenAt, table).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput(file + " has " + problems.size() + " malformed line"
                    + (problems.size() > 1 ? "s" : ""), problems);
        }
        return new HeaderSynonyms(table, Optional.of(file));
    }

    /** The header as Arbiter matches it: folded, read as its English console header, its window dropped. */
    String normalise(String header) {
        return HeaderName.withoutWindow(english(header));
    }

    /** The attribution window a header states ({@code 7 Day Total Sales}, {@code sales14d} → 7, 14), if any. */
    Optional<Integer> attributionDays(String header) {
        return HeaderName.window(english(header));
    }

    /** What a message about an unknown header adds to its hint: where to map the headers, when there is a workspace. */
    String mappingHint() {
        return workspaceFile.map(file -> ", or map its headers in " + file).orElse("");
    }

    private String english(String header) {
        String folded = HeaderName.fold(header);
        String name = english.get(folded);
        if (name != null) {
            return name;
        }
        Matcher api = API_WINDOW.matcher(folded);
        if (api.matches()) {
            String windowed = english.get(api.group(1) + "{n}d");
            if (windowed != null) {
                return windowed.replace("{n}", api.group(2));
            }
        }
        return folded;
    }

    private static Optional<Problem> userLine(
            String file, int number, String line, Map<String, Integer> seenAt, Map<String, String> table) {
        if (line.isBlank() || line.strip().startsWith("#")) {
            return Optional.empty();
        }
        String[] pair = line.split("\t", -1);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
            return Optional.of(new Problem(file, number, 0, line.strip(),
                    "a line must be two names separated by one tab", HOW));
        }
        String header = HeaderName.fold(pair[0]);
        String target = HeaderName.fold(pair[1]);
        if (!Detection.reads(HeaderName.withoutWindow(target))) {
            return Optional.of(new Problem(file, number, 2, pair[1].strip(),
                    "'" + pair[1].strip() + "' is not a header Arbiter reads",
                    "write the English console header the column stands for, as a US download names it"
                            + " (e.g. Customer Search Term, 7 Day Total Sales); a column Arbiter does not read needs"
                            + " no line"));
        }
        Integer earlier = seenAt.putIfAbsent(header, number);
        if (earlier != null && !target.equals(table.get(header))) {
            return Optional.of(new Problem(file, number, 1, pair[0].strip(),
                    "'" + pair[0].strip() + "' is already mapped on line " + earlier + " to another header",
                    "keep one of the two lines"));
        }
        table.put(header, target);
        return Optional.empty();
    }

    private static List<String> userLines(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw ArbiterException.badInput(file + " is not UTF-8 text",
                    List.of(Problem.ofFile(file.toString(), "the file is not UTF-8 text", "save it as UTF-8; " + HOW)));
        } catch (IOException e) {
            throw ArbiterException.badInput("cannot read " + file + ": " + e.getMessage(),
                    List.of(Problem.ofFile(file.toString(), "the file cannot be read", "check its permissions")));
        }
        return text.replace("\uFEFF", "").lines().toList();
    }

    private static Map<String, String> builtInTable() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = HeaderSynonyms.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new ArbiterException(ErrorKind.INTERNAL, "missing resource " + FILE_NAME);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2) {
                    throw new ArbiterException(ErrorKind.INTERNAL, FILE_NAME + ": not two columns: " + line);
                }
                table.put(HeaderName.fold(pair[0]), HeaderName.fold(pair[1]));
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot read the built-in " + FILE_NAME, e);
        }
        return table;
    }
}
