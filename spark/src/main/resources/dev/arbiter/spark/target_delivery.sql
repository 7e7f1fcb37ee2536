-- Spark SQL of the core's target_delivery.sql (economics/jdbc): keyword and product-target delivery over the
-- window (:first_day to :last_day), search term report rows summed per campaign, ad group, targeting and match
-- type, joined to the latest bulksheet snapshot for the target's ids, bid (the ad group default where the target
-- has none) and running state, and to the SKU its ad group advertises; unmatched delivery is left out.
-- Dialect: no QUALIFY in Spark (a row_number() subquery instead); named parameters instead of positional ones.
WITH latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
campaigns AS (
    SELECT campaign_id, campaign_name, state
    FROM latest WHERE lower(entity) = 'campaign'
),
ad_groups AS (
    SELECT g.campaign_id, g.ad_group_id, coalesce(c.campaign_name, g.campaign_name) AS campaign_name,
           g.ad_group_name, g.ad_group_default_bid, lower(g.state) AS ad_group_state, lower(c.state) AS campaign_state
    FROM latest g LEFT JOIN campaigns c ON c.campaign_id = g.campaign_id
    WHERE lower(g.entity) = 'ad group'
),
ad_group_skus AS (
    SELECT campaign_id, ad_group_id, sku
    FROM (SELECT campaign_id, ad_group_id, sku,
                 row_number() OVER (
                     PARTITION BY campaign_id, ad_group_id ORDER BY lower(state) = 'enabled' DESC, sku) AS preference
          FROM latest
          WHERE lower(entity) = 'product ad' AND sku IS NOT NULL)
    WHERE preference = 1
),
targets AS (
    SELECT campaign_id, ad_group_id, 'KEYWORD' AS kind, keyword_id AS target_id, keyword_text AS text,
           lower(match_type) AS match_type, bid, lower(state) AS state, currency
    FROM latest WHERE lower(entity) = 'keyword' AND keyword_id IS NOT NULL AND keyword_text IS NOT NULL
    UNION ALL
    SELECT campaign_id, ad_group_id, 'PRODUCT_TARGETING', product_targeting_id, product_targeting_expression,
           '-', bid, lower(state), currency
    FROM latest
    WHERE lower(entity) = 'product targeting' AND product_targeting_id IS NOT NULL
      AND product_targeting_expression IS NOT NULL
),
delivery AS (
    SELECT campaign_name, ad_group_name, lower(targeting) AS targeting, lower(match_type) AS match_type,
           sum(impressions) AS impressions, sum(clicks) AS clicks, sum(orders) AS orders,
           sum(units) AS units, sum(spend) AS spend, sum(sales) AS sales, min(currency) AS currency
    FROM ad_search_term_daily
    WHERE day BETWEEN :first_day AND :last_day
    GROUP BY campaign_name, ad_group_name, lower(targeting), lower(match_type)
)
SELECT t.kind, g.campaign_id, g.ad_group_id, t.target_id, d.campaign_name, d.ad_group_name, t.text, t.match_type,
       s.sku,
       coalesce(t.bid, g.ad_group_default_bid) AS current_bid,
       t.currency AS bid_currency,
       CASE WHEN coalesce(g.campaign_state, 'enabled') <> 'enabled' THEN g.campaign_state
            WHEN coalesce(g.ad_group_state, 'enabled') <> 'enabled' THEN g.ad_group_state
            ELSE coalesce(t.state, 'enabled') END AS state,
       d.impressions, d.clicks, d.orders, d.units, d.spend, d.sales, d.currency
FROM delivery d
JOIN ad_groups g ON g.campaign_name = d.campaign_name AND g.ad_group_name = d.ad_group_name
JOIN targets t ON t.campaign_id = g.campaign_id AND t.ad_group_id = g.ad_group_id
    AND lower(t.text) = d.targeting
    AND (t.kind = 'PRODUCT_TARGETING' OR t.match_type = d.match_type)
JOIN ad_group_skus s ON s.campaign_id = g.campaign_id AND s.ad_group_id = g.ad_group_id
WHERE coalesce(t.bid, g.ad_group_default_bid) IS NOT NULL
ORDER BY d.campaign_name, d.ad_group_name, t.text, t.match_type, t.target_id
