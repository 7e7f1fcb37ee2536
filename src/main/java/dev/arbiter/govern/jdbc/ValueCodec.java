package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The JSON shapes of the values actions are made of: money as exact text, targets, rationales. */
final class ValueCodec {
    private final ObjectMapper json;

    ValueCodec(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode money(Money money) {
        return json.createObjectNode()
                .put("amount", money.amount().stripTrailingZeros().toPlainString())
                .put("currency", money.currency().getCurrencyCode());
    }

    Money money(JsonNode node) {
        return Money.of(text(node, "amount"), text(node, "currency"));
    }

    ObjectNode target(TargetRef target) {
        return json.createObjectNode()
                .put("kind", target.kind().name())
                .put("campaign_id", target.campaignId().value())
                .put("ad_group_id", target.adGroupId().value())
                .put("target_id", target.targetId())
                .put("campaign_name", target.campaignName())
                .put("ad_group_name", target.adGroupName())
                .put("text", target.text())
                .put("match_type", target.matchType());
    }

    TargetRef target(JsonNode node) {
        return new TargetRef(TargetRef.Kind.valueOf(text(node, "kind")), new CampaignId(text(node, "campaign_id")),
                new AdGroupId(text(node, "ad_group_id")), text(node, "target_id"), text(node, "campaign_name"),
                text(node, "ad_group_name"), text(node, "text"), text(node, "match_type"));
    }

    ObjectNode rationale(Rationale rationale) {
        ObjectNode node = json.createObjectNode().put("summary", rationale.summary());
        var figures = node.putArray("figures");
        for (Figure figure : rationale.figures()) {
            figures.addObject()
                    .put("name", figure.name())
                    .put("value", figure.value().toPlainString())
                    .put("unit", figure.unit().name());
        }
        return node;
    }

    Rationale rationale(JsonNode node) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode figure : node.path("figures")) {
            figures.add(new Figure(text(figure, "name"), new BigDecimal(text(figure, "value")),
                    Figure.Unit.valueOf(text(figure, "unit"))));
        }
        return new Rationale(text(node, "summary"), figures);
    }

    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ArbiterException(ErrorKind.INTERNAL, "a stored action lacks '" + field + "': " + node);
        }
        return value.asText();
    }
}
