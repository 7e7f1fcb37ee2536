-- Product ads of the latest bulksheet snapshot that serve now: the ad enabled, and its ad group and campaign
-- enabled too (or absent from the download), with the names the console reports use.
WITH latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
campaigns AS (
    SELECT campaign_id, campaign_name, lower(state) AS state
    FROM latest WHERE lower(entity) = 'campaign'
),
ad_groups AS (
    SELECT campaign_id, ad_group_id, ad_group_name, lower(state) AS state
    FROM latest WHERE lower(entity) = 'ad group'
)
SELECT a.sku, a.campaign_id, a.ad_group_id, a.ad_id,
       coalesce(c.campaign_name, a.campaign_name, '') AS campaign_name,
       coalesce(g.ad_group_name, a.ad_group_name, '') AS ad_group_name
FROM latest a
LEFT JOIN campaigns c ON c.campaign_id = a.campaign_id
LEFT JOIN ad_groups g ON g.campaign_id = a.campaign_id AND g.ad_group_id = a.ad_group_id
WHERE lower(a.entity) = 'product ad'
  AND lower(a.state) = 'enabled'
  AND coalesce(c.state, 'enabled') = 'enabled'
  AND coalesce(g.state, 'enabled') = 'enabled'
  AND a.sku IS NOT NULL AND a.ad_id IS NOT NULL AND a.campaign_id IS NOT NULL AND a.ad_group_id IS NOT NULL
ORDER BY a.sku, campaign_name, ad_group_name, a.ad_id
