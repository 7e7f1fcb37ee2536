package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.GuardrailCheck;
import dev.arbiter.govern.Status;
import dev.arbiter.govern.Verdict;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.Role;
import java.util.ArrayList;
import java.util.List;

/** Maps a {@link Classification} (verdict and guardrail checks) to and from JSON. */
final class ClassificationCodec {
    private final ObjectMapper json;

    ClassificationCodec(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode encode(Classification classification) {
        Verdict verdict = classification.verdict();
        ObjectNode node = json.createObjectNode();
        ObjectNode verdictNode = node.putObject("verdict").put("status", verdict.status().name());
        verdict.awaitedRole().ifPresent(role -> verdictNode.put("role", role.key()));
        verdict.blockedBy().ifPresent(id -> verdictNode.put("guardrail", id));
        verdictNode.put("reason", verdict.reason());
        ArrayNode checks = node.putArray("checks");
        for (GuardrailCheck check : classification.checks()) {
            checks.addObject().put("guardrail", check.guardrailId()).put("passed", check.passed()).put("detail", check.detail());
        }
        return node;
    }

    /** The classification as it was encoded. */
    Classification decode(JsonNode node) {
        JsonNode verdictNode = node.path("verdict");
        Status status = Status.valueOf(verdictNode.path("status").asText());
        String reason = verdictNode.path("reason").asText();
        Verdict verdict = switch (status) {
            case AUTO_APPROVED -> new Verdict.AutoApproved();
            case AWAITING -> {
                Role role = Role.byKey(verdictNode.path("role").asText()).orElseThrow(() -> corrupt(node));
                yield new Verdict.Awaiting(role, reason);
            }
            case BLOCKED -> new Verdict.Blocked(verdictNode.path("guardrail").asText(), reason);
            case APPROVED, REJECTED, EXECUTED -> throw corrupt(node);
        };
        List<GuardrailCheck> checks = new ArrayList<>();
        for (JsonNode check : node.path("checks")) {
            checks.add(new GuardrailCheck(check.path("guardrail").asText(), check.path("passed").asBoolean(),
                    check.path("detail").asText()));
        }
        return new Classification(verdict, checks);
    }

    private static ArbiterException corrupt(JsonNode node) {
        return new ArbiterException(ErrorKind.INTERNAL, "a stored classification cannot be read: " + node);
    }
}
