package dev.arbiter.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An Ads API v3 report (formats doc A2): a JSON array of flat objects, one per row, read as one table whose header is
 * the first object's keys. A row's line is its position in the array, counting from 1; numbers stay exact (ids are
 * 15-digit integers, money is decimal).
 */
final class JsonSource implements TabularSource {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String REDOWNLOAD = "download the report again from the Ads API (it is gzipped JSON)";

    private final Path file;
    private final String name;

    JsonSource(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public Optional<Problem> read(TableVisitor visitor) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return Optional.of(Problem.ofFile(
                        name, "the JSON file is not an Ads API report (an array of row objects)", REDOWNLOAD));
            }
            List<String> header = null;
            Optional<Consumer<SourceRow>> rows = Optional.empty();
            long line = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                line++;
                Map<String, Cell> object = new LinkedHashMap<>();
                Optional<Problem> nested = readObject(parser, line, object);
                if (nested.isPresent()) {
                    return nested;
                }
                if (header == null) {
                    header = List.copyOf(object.keySet());
                    rows = visitor.table("", header);
                    if (rows.isEmpty()) {
                        return Optional.empty();
                    }
                }
                List<Cell> cells = new ArrayList<>(header.size());
                for (String key : header) {
                    cells.add(object.getOrDefault(key, Cell.EMPTY));
                }
                rows.get().accept(new SourceRow(line, cells));
            }
            if (token != JsonToken.END_ARRAY) {
                return Optional.of(at(parser.currentLocation(), "row " + (line + 1) + " is not a JSON object"));
            }
            if (header == null) {
                return Optional.of(Problem.ofFile(
                        name, "the Ads API report is an empty array: it has no rows", "request it for a period with activity"));
            }
            return Optional.empty();
        } catch (JsonParseException e) {
            return Optional.of(at(e.getLocation(), "the JSON is malformed (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            return Optional.of(Problem.ofFile(name, "cannot read the file: " + e.getMessage(), "check the file"));
        }
    }

    private Optional<Problem> readObject(JsonParser parser, long line, Map<String, Cell> object) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                return Optional.of(new Problem(
                        name,
                        line,
                        object.size() + 1,
                        key,
                        "the value of '" + key + "' is nested, but an Ads API report row is flat",
                        REDOWNLOAD));
            }
            object.put(key, cell(parser, value));
        }
        return Optional.empty();
    }

    private static Cell cell(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal number = parser.getDecimalValue();
                yield new Cell(number.toPlainString(), number, false);
            }
            case VALUE_NULL -> Cell.EMPTY;
            default -> Cell.text(parser.getText());
        };
    }

    private Problem at(JsonLocation location, String reason) {
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new Problem(name, line, column, "", reason, REDOWNLOAD);
    }
}
