-- Keyword and product-target delivery per day over a range (parameters: first day, last day): search term report
-- rows summed per day, campaign, ad group, targeting and match type, joined to the latest bulksheet snapshot for the
-- target's id and to the SKU its ad group advertises, as target_delivery.sql joins them; delivery that matches no
-- bulksheet entity is left out.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
ad_groups AS (
    SELECT g.campaign_id, g.ad_group_id, coalesce(c.campaign_name, g.campaign_name) AS campaign_name, g.ad_group_name
    FROM latest g
    LEFT JOIN (SELECT campaign_id, campaign_name FROM latest WHERE lower(entity) = 'campaign') c
        ON c.campaign_id = g.campaign_id
    WHERE lower(g.entity) = 'ad group'
),
ad_group_skus AS (
    SELECT campaign_id, ad_group_id, sku
    FROM latest
    WHERE lower(entity) = 'product ad' AND sku IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY campaign_id, ad_group_id ORDER BY lower(state) = 'enabled' DESC, sku) = 1
),
targets AS (
    SELECT campaign_id, ad_group_id, 'keyword:' || keyword_id AS target_key, keyword_text AS text,
           lower(match_type) AS match_type, 'KEYWORD' AS kind
    FROM latest WHERE lower(entity) = 'keyword' AND keyword_id IS NOT NULL AND keyword_text IS NOT NULL
    UNION ALL
    SELECT campaign_id, ad_group_id, 'target:' || product_targeting_id, product_targeting_expression, '-',
           'PRODUCT_TARGETING'
    FROM latest
    WHERE lower(entity) = 'product targeting' AND product_targeting_id IS NOT NULL
      AND product_targeting_expression IS NOT NULL
),
delivery AS (
    SELECT r.day, r.campaign_name, r.ad_group_name, lower(r.targeting) AS targeting, lower(r.match_type) AS match_type,
           sum(r.clicks) AS clicks, sum(r.orders) AS orders, sum(r.spend) AS spend, sum(r.sales) AS sales,
           min(r.currency) AS currency
    FROM ad_search_term_daily r, params p
    WHERE r.day BETWEEN p.first_day AND p.last_day
    GROUP BY r.day, r.campaign_name, r.ad_group_name, lower(r.targeting), lower(r.match_type)
)
SELECT d.day, t.target_key, g.campaign_id, s.sku, d.clicks, d.orders, d.spend, d.sales, d.currency
FROM delivery d
JOIN ad_groups g ON g.campaign_name = d.campaign_name AND g.ad_group_name = d.ad_group_name
JOIN targets t ON t.campaign_id = g.campaign_id AND t.ad_group_id = g.ad_group_id
    AND lower(t.text) = d.targeting
    AND (t.kind = 'PRODUCT_TARGETING' OR t.match_type = d.match_type)
JOIN ad_group_skus s ON s.campaign_id = g.campaign_id AND s.ad_group_id = g.ad_group_id
ORDER BY d.day, t.target_key
