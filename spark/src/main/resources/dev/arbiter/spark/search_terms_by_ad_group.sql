-- Spark SQL of the core's search_terms_by_ad_group.sql (economics/jdbc): customer search terms over the window
-- (:first_day to :last_day), summed per campaign, ad group, targeting (lower-case) and match type (upper-case) and
-- term, joined to the latest bulksheet snapshot for the ad group's ids, whether its campaign targets automatically
-- and the SKU it advertises; terms of ad groups the bulksheet does not know are left out.
-- Dialect: no QUALIFY in Spark (a row_number() subquery instead); named parameters instead of positional ones.
WITH latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
campaigns AS (
    SELECT campaign_id, campaign_name, targeting_type
    FROM latest WHERE lower(entity) = 'campaign'
),
ad_groups AS (
    SELECT g.campaign_id, g.ad_group_id, coalesce(c.campaign_name, g.campaign_name) AS campaign_name,
           g.ad_group_name, coalesce(lower(c.targeting_type), '') = 'auto' AS automatic
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
terms AS (
    SELECT campaign_name, ad_group_name, lower(targeting) AS targeting, upper(match_type) AS match_type,
           search_term,
           sum(impressions) AS impressions, sum(clicks) AS clicks, sum(orders) AS orders,
           sum(spend) AS spend, sum(sales) AS sales, min(currency) AS currency
    FROM ad_search_term_daily
    WHERE day BETWEEN :first_day AND :last_day
    GROUP BY campaign_name, ad_group_name, lower(targeting), upper(match_type), search_term
)
SELECT g.campaign_id, g.ad_group_id, t.campaign_name, t.ad_group_name, t.targeting, t.match_type, t.search_term,
       s.sku, g.automatic, t.impressions, t.clicks, t.orders, t.spend, t.sales, t.currency
FROM terms t
JOIN ad_groups g ON g.campaign_name = t.campaign_name AND g.ad_group_name = t.ad_group_name
JOIN ad_group_skus s ON s.campaign_id = g.campaign_id AND s.ad_group_id = g.ad_group_id
ORDER BY t.campaign_name, t.ad_group_name, t.search_term, t.targeting, t.match_type
