-- Customer search terms over the window (parameters: first day, last day), summed per campaign, ad group,
-- targeting and match type (the targeting lower-case, the match type upper-case as the console writes it) and
-- search term, joined to the latest bulksheet snapshot for the ad group's ids, whether
-- its campaign targets automatically, and the SKU it advertises. Terms of ad groups the bulksheet does not
-- know cannot be acted on and are left out.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
latest AS (
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
    FROM latest
    WHERE lower(entity) = 'product ad' AND sku IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY campaign_id, ad_group_id ORDER BY lower(state) = 'enabled' DESC, sku) = 1
),
terms AS (
    SELECT r.campaign_name, r.ad_group_name, lower(r.targeting) AS targeting, upper(r.match_type) AS match_type,
           r.search_term,
           sum(r.impressions) AS impressions, sum(r.clicks) AS clicks, sum(r.orders) AS orders,
           sum(r.spend) AS spend, sum(r.sales) AS sales, min(r.currency) AS currency
    FROM ad_search_term_daily r, params p
    WHERE r.day BETWEEN p.first_day AND p.last_day
    GROUP BY r.campaign_name, r.ad_group_name, lower(r.targeting), upper(r.match_type), r.search_term
)
SELECT g.campaign_id, g.ad_group_id, t.campaign_name, t.ad_group_name, t.targeting, t.match_type, t.search_term,
       s.sku, g.automatic, t.impressions, t.clicks, t.orders, t.spend, t.sales, t.currency
FROM terms t
JOIN ad_groups g ON g.campaign_name = t.campaign_name AND g.ad_group_name = t.ad_group_name
JOIN ad_group_skus s ON s.campaign_id = g.campaign_id AND s.ad_group_id = g.ad_group_id
ORDER BY t.campaign_name, t.ad_group_name, t.search_term, t.targeting, t.match_type
