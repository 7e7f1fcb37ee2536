package dev.arbiter.execute.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.execute.Channel;
import dev.arbiter.execute.Delivery;
import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.model.Action;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ad actions through the Ads API: items grouped into one batch per resource and method, each action applied when all
 * its items succeed, and read back by listing the entities it changed.
 */
public final class AdsApiChannel implements Channel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SpClient> connect;
    private SpClient client;

    /** {@code connect} is called once, on the first call that talks to Amazon; a dry run never calls it. */
    public AdsApiChannel(Supplier<SpClient> connect) {
        this.connect = connect;
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public boolean handles(Action action) {
        return !SpChanges.of(action).isEmpty();
    }

    @Override
    public List<String> preview(List<ApprovedAction> actions) {
        List<String> requests = new ArrayList<>();
        batches(actions).forEach((key, items) -> {
            List<ObjectNode> bodies = items.stream().map(i -> i.change().item()).toList();
            requests.add(key.method() + " " + key.resource().path() + "\nContent-Type: " + key.resource().mediaType()
                    + "\nAccept: " + key.resource().mediaType() + "\n" + pretty(SpClient.requestBody(key.resource(), bodies)));
        });
        return requests;
    }

    @Override
    public Map<String, Delivery> send(List<ApprovedAction> actions) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, List<String>> successes = new LinkedHashMap<>();
        SpLimits limits = SpLimits.of(client().marketplace());
        List<ApprovedAction> valid = new ArrayList<>();
        for (ApprovedAction action : actions) {
            List<String> violations = SpChanges.of(action.action()).stream()
                    .flatMap(change -> limits.violation(change.item(), client().marketplace()).stream()).toList();
            if (violations.isEmpty()) {
                valid.add(action);
            } else {
                failures.put(action.id(), new ArrayList<>(violations));
            }
        }
        batches(valid).forEach((key, items) -> {
            List<SpClient.ItemResult> results = client().apply(key.resource(), key.method(),
                    items.stream().map(i -> i.change().item()).toList());
            for (int i = 0; i < items.size(); i++) {
                SpClient.ItemResult result = results.get(i);
                (result.ok() ? successes : failures).computeIfAbsent(items.get(i).actionId(), id -> new ArrayList<>())
                        .add(key.method() + " " + key.resource().path() + " " + result.detail());
            }
        });
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        for (ApprovedAction action : actions) {
            deliveries.put(action.id(), failures.containsKey(action.id())
                    ? Delivery.failed(String.join("; ", failures.get(action.id())))
                    : Delivery.applied("applied via the Ads API: " + String.join("; ", successes.get(action.id()))));
        }
        return deliveries;
    }

    @Override
    public Optional<Boolean> alreadyApplied(Action action) {
        for (SpChange change : SpChanges.of(action)) {
            List<JsonNode> entities = client().list(change.resource(), change.readBackFilter());
            if (entities.stream().noneMatch(change.inPlace())) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    @Override
    public List<Path> files() {
        return List.of();
    }

    private SpClient client() {
        if (client == null) {
            client = connect.get();
        }
        return client;
    }

    private record Key(SpResource resource, String method) {}

    private record Item(String actionId, SpChange change) {}

    private static Map<Key, List<Item>> batches(List<ApprovedAction> actions) {
        Map<Key, List<Item>> batches = new LinkedHashMap<>();
        for (ApprovedAction action : actions) {
            for (SpChange change : SpChanges.of(action.action())) {
                batches.computeIfAbsent(new Key(change.resource(), change.method()), k -> new ArrayList<>())
                        .add(new Item(action.id(), change));
            }
        }
        return batches;
    }

    private static String pretty(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot render a request body: " + e.getMessage(), e);
        }
    }
}
