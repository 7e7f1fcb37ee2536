package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The exact keywords of the latest bulksheet download, per SKU, that harvesting must not duplicate. */
public final class ExactKeywordQueries {
    private final Connection warehouse;

    public ExactKeywordQueries(Connection warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /** Every exact keyword not archived, once per SKU its ad group advertises; empty without a download. */
    public List<ExactKeyword> exactKeywords() {
        String sql = SqlResource.of(ExactKeywordQueries.class, "exact_keywords");
        List<ExactKeyword> keywords = new ArrayList<>();
        try (PreparedStatement statement = warehouse.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                keywords.add(new ExactKeyword(new Sku(row.getString("sku")),
                        new AdGroupRef(new CampaignId(row.getString("campaign_id")),
                                new AdGroupId(row.getString("ad_group_id")), row.getString("campaign_name"),
                                row.getString("ad_group_name")),
                        row.getString("keyword_text"), row.getBoolean("serving")));
            }
            return keywords;
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL,
                    "cannot read exact keywords (exact_keywords) from the warehouse: " + e.getMessage(), e);
        }
    }
}
