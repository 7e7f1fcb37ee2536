-- One row per catalog SKU and day the Business Reports cover inside the window (parameters: first day, last day),
-- with the raw amounts contribution is computed from. Fees are computed by the caller from the fee preview
-- columns, so money stays exact: referral = revenue × referral fee per unit / your price; fulfilment = units ×
-- fee per unit; storage = next month's estimated storage cost / 30 on days with an inventory snapshot.
-- On a day a loaded V2 settlement covers (settled = true), the caller takes the SKU's actual amounts posted that
-- day instead: settled_fees (referral, FBA fulfilment, selling and shipping fees of non-refund transactions) and
-- settled_returns_cost (every amount of its Refund transactions but taxes, plus return-handling fees), signs
-- turned so a cost is positive. A day no settlement covers but a Date Range transaction report does takes the same
-- figures from its columns (selling, FBA and other transaction fees; every non-tax amount of Refund rows). Elsewhere
-- returned_units (FBA customer returns) are costed at the catalog's cost.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
catalog AS (
    SELECT sku, category, unit_cost, currency
    FROM catalog_item
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
),
covered_days AS (
    SELECT DISTINCT s.day
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day
),
sales AS (
    SELECT s.day, s.sku,
           sum(s.sessions) AS sessions,
           sum(s.units_ordered) AS units,
           sum(s.ordered_product_sales) AS revenue,
           sum(s.buy_box_pct * s.sessions) FILTER (WHERE s.buy_box_pct IS NOT NULL) AS buy_box_sessions,
           sum(s.sessions) FILTER (WHERE s.buy_box_pct IS NOT NULL) AS buy_box_known_sessions,
           max(s.buy_box_pct) AS buy_box_pct_any,
           min(s.currency) AS currency
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day AND s.sku IS NOT NULL
    GROUP BY s.day, s.sku
),
ads AS (
    -- Sponsored Products and Sponsored Display advertise a SKU each row: both are its ad spend and ad sales
    SELECT a.day, a.sku, sum(a.spend) AS spend, sum(a.sales) AS sales, min(a.currency) AS currency
    FROM (SELECT day, sku, spend, sales, currency FROM ad_advertised_product_daily
          UNION ALL
          SELECT day, sku, spend, sales, currency FROM ad_sd_advertised_product_daily) a, params p
    WHERE a.day BETWEEN p.first_day AND p.last_day AND a.sku IS NOT NULL
    GROUP BY a.day, a.sku
),
stock AS (
    SELECT i.snapshot_day, i.sku, i.available, i.storage_cost_next_month, i.currency
    FROM fba_inventory_daily i, params p
    WHERE i.snapshot_day BETWEEN p.first_day AND p.last_day
    QUALIFY row_number() OVER (PARTITION BY i.snapshot_day, i.sku ORDER BY i.file_id DESC) = 1
),
settlement_days AS (
    SELECT DISTINCT d.day
    FROM covered_days d
    JOIN settlement_line l ON d.day BETWEEN l.settlement_start_day AND l.settlement_end_day
),
transaction_days AS (
    SELECT DISTINCT d.day
    FROM covered_days d
    JOIN (SELECT file_id, min(day) AS first_day, max(day) AS last_day FROM payment_transaction GROUP BY file_id) f
      ON d.day BETWEEN f.first_day AND f.last_day
    WHERE d.day NOT IN (SELECT day FROM settlement_days)
),
settled_days AS (
    SELECT day FROM settlement_days
    UNION
    SELECT day FROM transaction_days
),
settled_transactions AS (
    SELECT t.day, t.sku,
           -coalesce(sum(coalesce(t.selling_fees, 0) + coalesce(t.fba_fees, 0) + coalesce(t.other_transaction_fees, 0))
               FILTER (WHERE t.type IS DISTINCT FROM 'Refund'), 0) AS fees,
           -coalesce(sum(coalesce(t.product_sales, 0) + coalesce(t.shipping_credits, 0)
               + coalesce(t.gift_wrap_credits, 0) + coalesce(t.promotional_rebates, 0) + coalesce(t.selling_fees, 0)
               + coalesce(t.fba_fees, 0) + coalesce(t.other_transaction_fees, 0) + coalesce(t.other, 0))
               FILTER (WHERE t.type = 'Refund'), 0) AS returns_cost,
           min(t.currency) AS currency
    FROM payment_transaction t
    JOIN transaction_days td ON td.day = t.day
    WHERE t.sku IS NOT NULL
    GROUP BY t.day, t.sku
),
settled_amounts AS (
    SELECT a.posted_day AS day, a.sku,
           -coalesce(sum(a.amount) FILTER (WHERE a.transaction_type IS DISTINCT FROM 'Refund'
               AND a.category IN ('referral_fee', 'fba_fulfilment_fee', 'selling_fee', 'shipping_fee')), 0) AS fees,
           -coalesce(sum(a.amount) FILTER (WHERE (a.transaction_type = 'Refund'
               AND a.category NOT IN ('tax_collected', 'tax_withheld')) OR a.category = 'returns_fee'), 0) AS returns_cost,
           min(a.currency) AS currency
    FROM settlement_amount a, params p
    WHERE a.sku IS NOT NULL AND a.posted_day BETWEEN p.first_day AND p.last_day
    GROUP BY a.posted_day, a.sku
),
settled AS (
    SELECT * FROM settled_amounts
    UNION ALL
    SELECT * FROM settled_transactions
),
returned AS (
    SELECT r.return_day AS day, r.sku, sum(r.quantity) AS units
    FROM fba_customer_return r, params p
    WHERE r.return_day BETWEEN p.first_day AND p.last_day
    GROUP BY r.return_day, r.sku
),
fee_preview AS (
    SELECT sku, your_price, referral_fee_per_unit, fulfillment_fee_per_unit, currency
    FROM fba_fee_estimate
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
)
SELECT d.day,
       c.sku,
       c.category,
       c.unit_cost,
       c.currency AS catalog_currency,
       coalesce(s.units, 0) AS units,
       coalesce(s.sessions, 0) AS sessions,
       CASE WHEN s.buy_box_known_sessions > 0 THEN s.buy_box_sessions / s.buy_box_known_sessions
            ELSE s.buy_box_pct_any END AS buy_box_pct,
       coalesce(s.revenue, 0) AS revenue,
       s.currency AS sales_currency,
       coalesce(a.spend, 0) AS ad_spend,
       coalesce(a.sales, 0) AS ad_sales,
       a.currency AS ad_currency,
       st.available,
       st.storage_cost_next_month,
       st.currency AS stock_currency,
       f.your_price,
       f.referral_fee_per_unit,
       f.fulfillment_fee_per_unit,
       f.currency AS fee_currency,
       (sd.day IS NOT NULL) AS settled,
       coalesce(se.fees, 0) AS settled_fees,
       coalesce(se.returns_cost, 0) AS settled_returns_cost,
       se.currency AS settlement_currency,
       coalesce(r.units, 0) AS returned_units
FROM catalog c
CROSS JOIN covered_days d
LEFT JOIN sales s ON s.sku = c.sku AND s.day = d.day
LEFT JOIN ads a ON a.sku = c.sku AND a.day = d.day
LEFT JOIN stock st ON st.sku = c.sku AND st.snapshot_day = d.day
LEFT JOIN fee_preview f ON f.sku = c.sku
LEFT JOIN settled_days sd ON sd.day = d.day
LEFT JOIN settled se ON se.sku = c.sku AND se.day = d.day
LEFT JOIN returned r ON r.sku = c.sku AND r.day = d.day
ORDER BY c.sku, d.day
