-- Exact keywords of the latest bulksheet snapshot that are not archived, once per SKU their ad group advertises
-- (an ad group with two product ads targets the keyword for both), with whether the keyword can serve now: the
-- keyword, its ad group, its manual campaign and the SKU's product ad all enabled (or, for ad group and campaign,
-- absent from the download).
WITH latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
campaigns AS (
    SELECT campaign_id, campaign_name, lower(state) AS state, lower(targeting_type) AS targeting_type
    FROM latest WHERE lower(entity) = 'campaign'
),
ad_groups AS (
    SELECT campaign_id, ad_group_id, ad_group_name, lower(state) AS state
    FROM latest WHERE lower(entity) = 'ad group'
),
product_ads AS (
    SELECT campaign_id, ad_group_id, sku, bool_or(lower(state) = 'enabled') AS enabled
    FROM latest WHERE lower(entity) = 'product ad' AND sku IS NOT NULL
    GROUP BY campaign_id, ad_group_id, sku
)
SELECT a.sku, k.campaign_id, k.ad_group_id,
       coalesce(c.campaign_name, k.campaign_name, '') AS campaign_name,
       coalesce(g.ad_group_name, k.ad_group_name, '') AS ad_group_name,
       k.keyword_text,
       (lower(coalesce(k.state, 'enabled')) = 'enabled' AND a.enabled
        AND coalesce(g.state, 'enabled') = 'enabled' AND coalesce(c.state, 'enabled') = 'enabled'
        AND coalesce(c.targeting_type, 'manual') = 'manual') AS serving
FROM latest k
JOIN product_ads a ON a.campaign_id = k.campaign_id AND a.ad_group_id = k.ad_group_id
LEFT JOIN campaigns c ON c.campaign_id = k.campaign_id
LEFT JOIN ad_groups g ON g.campaign_id = k.campaign_id AND g.ad_group_id = k.ad_group_id
WHERE lower(k.entity) = 'keyword' AND lower(k.match_type) = 'exact' AND k.keyword_text IS NOT NULL
  AND k.campaign_id IS NOT NULL AND k.ad_group_id IS NOT NULL
  AND lower(coalesce(k.state, 'enabled')) <> 'archived'
ORDER BY a.sku, campaign_name, ad_group_name, k.keyword_text
