-- Every campaign of the latest bulksheet snapshot with its portfolio (Portfolios tab), daily budget and state, and
-- its daily spend and attributed sales per advertised SKU from the advertised product report over the window
-- (parameters: first day, last day), with its share of the SKU's organic sales that day (Business Report sales less
-- all ad-attributed sales of the SKU, apportioned to campaigns by their share of the SKU's ad spend that day): the
-- halo of the spend that the data shows. A campaign without report rows in the window comes once with a NULL day.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
latest AS (
    SELECT * FROM ad_entity WHERE snapshot_day = (SELECT max(snapshot_day) FROM ad_entity)
),
campaigns AS (
    SELECT campaign_id, campaign_name, portfolio_id, daily_budget, end_date, lower(state) AS state, currency
    FROM latest
    WHERE lower(entity) = 'campaign' AND campaign_id IS NOT NULL AND campaign_name IS NOT NULL
      AND daily_budget IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY campaign_id ORDER BY file_id DESC) = 1
),
portfolios AS (
    SELECT portfolio_id, portfolio_name
    FROM ad_portfolio
    QUALIFY row_number() OVER (PARTITION BY portfolio_id ORDER BY snapshot_day DESC, file_id DESC) = 1
),
history AS (
    SELECT a.campaign_name, a.day, a.sku, sum(a.spend) AS spend, sum(a.sales) AS sales
    FROM ad_advertised_product_daily a, params p
    WHERE a.day BETWEEN p.first_day AND p.last_day AND a.sku IS NOT NULL
    GROUP BY a.campaign_name, a.day, a.sku
),
sku_ads AS (
    SELECT day, sku, sum(spend) AS spend, sum(sales) AS sales FROM history GROUP BY day, sku
),
sku_sales AS (
    SELECT s.day, s.sku, sum(s.ordered_product_sales) AS revenue
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day AND s.sku IS NOT NULL
    GROUP BY s.day, s.sku
)
SELECT c.campaign_id, c.campaign_name, c.portfolio_id, coalesce(p.portfolio_name, '') AS portfolio_name,
       c.daily_budget, c.end_date, c.state, c.currency, h.day, h.sku, h.spend, h.sales,
       CASE WHEN k.spend > 0 THEN greatest(coalesce(b.revenue, 0) - k.sales, 0) * h.spend / k.spend ELSE 0 END
           AS organic_sales
FROM campaigns c
LEFT JOIN portfolios p ON p.portfolio_id = c.portfolio_id
LEFT JOIN history h ON h.campaign_name = c.campaign_name
LEFT JOIN sku_ads k ON k.day = h.day AND k.sku = h.sku
LEFT JOIN sku_sales b ON b.day = h.day AND b.sku = h.sku
ORDER BY c.campaign_name, c.campaign_id, h.day, h.sku
