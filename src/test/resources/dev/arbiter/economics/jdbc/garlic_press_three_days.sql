-- Two SKUs over 1–3 March 2026, hand-written in the warehouse schema; EconomicsQueriesTest works the answers out.
INSERT INTO source_file VALUES
    (1, 'catalog.csv', 'sha-catalog', 'catalog', 'US', 'USD', NULL, NULL, 3, 0, 0, TIMESTAMP '2026-03-04 08:00:00');

-- file 0 is an older catalog: the latest file's row wins
INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency, lead_time_days, supplier, objective, file_id) VALUES
    ('GP-01', 'B0CHILD001', 'Garlic press', 'Kitchen', 9.99, 'USD', 10, 'Old Supplier', 'growth', 0),
    ('GP-01', 'B0CHILD001', 'Garlic press', 'Kitchen', 4.00, 'USD', 30, 'Acme Tools', 'profit', 1),
    ('GP-02', 'B0CHILD002', 'Garlic peeler', 'Kitchen', 2.50, 'USD', 45, 'Acme Tools', 'launch', 1);

-- (day, parent, child, title, sku, sessions, page views, buy box, units, unit session, sales, order items, currency, file)
INSERT INTO sales_traffic_daily VALUES
    (DATE '2026-03-01', 'B0PARENT01', 'B0CHILD001', 'Garlic press', 'GP-01', 100, 120, 0.90, 5, 0.05, 99.75, 5, 'USD', 2),
    (DATE '2026-03-02', 'B0PARENT01', 'B0CHILD001', 'Garlic press', 'GP-01', 50, 60, 0.60, 2, 0.04, 39.90, 2, 'USD', 3),
    (DATE '2026-03-03', 'B0PARENT01', 'B0CHILD002', 'Garlic peeler', 'GP-02', 20, 25, 0.50, 0, 0.00, 0.00, 0, 'USD', 4);

-- (day, portfolio, currency, campaign, ad group, sku, asin, impressions, clicks, spend, sales, orders, units, ...)
INSERT INTO ad_advertised_product_daily VALUES
    (DATE '2026-03-01', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'GP-01', 'B0CHILD001', 500, 12, 6.00, 23.94, 1, 1, 1, 0, 23.94, 0, 7, 5),
    (DATE '2026-03-01', NULL, 'USD', 'Garlic Press - Auto', 'Auto AG', 'GP-01', 'B0CHILD001', 300, 8, 4.00, 15.96, 1, 1, 1, 0, 15.96, 0, 7, 5),
    (DATE '2026-03-02', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'GP-01', 'B0CHILD001', 200, 5, 5.00, 0.00, 0, 0, 0, 0, 0, 0, 7, 6);

-- (day, sku, fnsku, asin, name, available, inbound, reserved, unfulfillable, your price, currency, shipped t30, storage next month, file)
INSERT INTO fba_inventory_daily VALUES
    (DATE '2026-03-01', 'GP-01', 'X001', 'B0CHILD001', 'Garlic press', 30, 0, 0, 0, 19.95, 'USD', 60, 3.00, 8),
    (DATE '2026-03-02', 'GP-01', 'X001', 'B0CHILD001', 'Garlic press', 23, 50, 0, 0, 19.95, 'USD', 60, 3.00, 9),
    (DATE '2026-03-01', 'GP-02', 'X002', 'B0CHILD002', 'Garlic peeler', 12, 0, 0, 0, 9.49, 'USD', 0, NULL, 8),
    (DATE '2026-03-03', 'GP-02', 'X002', 'B0CHILD002', 'Garlic peeler', 0, 100, 0, 0, 9.99, 'USD', 0, NULL, 10);

-- (sku, asin, your price, currency, fee total, referral per unit, fulfilment per unit, size tier, file)
INSERT INTO fba_fee_estimate VALUES
    ('GP-01', 'B0CHILD001', 19.95, 'USD', 6.21, 2.99, 3.22, 'Standard', 11);

-- (day, portfolio, currency, campaign, ad group, targeting, match type, search term, impressions, clicks, spend,
--  sales, orders, units, advertised units, other units, advertised sales, other sales, attribution days, file)
INSERT INTO ad_search_term_daily VALUES
    (DATE '2026-03-01', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'garlic press', 'EXACT', 'garlic press', 400, 10, 7.00, 39.90, 2, 2, 2, 0, 39.90, 0, 7, 12),
    (DATE '2026-03-02', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'Garlic Press', 'EXACT', 'garlic press stainless', 100, 5, 3.50, 0.00, 0, 0, 0, 0, 0, 0, 7, 13),
    (DATE '2026-03-01', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'garlic crusher', 'EXACT', 'garlic crusher', 50, 2, 1.50, 0.00, 0, 0, 0, 0, 0, 0, 7, 12),
    (DATE '2026-03-01', NULL, 'USD', 'Garlic Press - Auto', 'Auto AG', 'close-match', '-', 'garlic tool', 300, 8, 4.00, 19.95, 1, 1, 1, 0, 19.95, 0, 7, 12),
    (DATE '2026-03-02', NULL, 'USD', 'Garlic Press - Auto', 'Auto AG', 'close-match', '-', 'garlic tool', 200, 4, 2.00, 0.00, 0, 0, 0, 0, 0, 0, 7, 13),
    (DATE '2026-03-01', NULL, 'USD', 'Old Campaign', 'Old AG', 'foo', 'EXACT', 'foo', 90, 9, 9.00, 0.00, 0, 0, 0, 0, 0, 0, 7, 12),
    (DATE '2026-03-04', NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', 'garlic press', 'EXACT', 'garlic press', 99, 9, 9.00, 0.00, 0, 0, 0, 0, 0, 0, 7, 14);

-- The bulksheet: the snapshot of 1 February is superseded by that of 3 March. Child rows leave the campaign and
-- ad group names blank, as downloads keep them in the informational columns.
INSERT INTO ad_entity (snapshot_day, entity, campaign_id, ad_group_id, ad_id, keyword_id, product_targeting_id,
        campaign_name, ad_group_name, targeting_type, state, daily_budget, sku, ad_group_default_bid, bid,
        keyword_text, match_type, product_targeting_expression, currency, file_id) VALUES
    (DATE '2026-02-01', 'Campaign', '1', NULL, NULL, NULL, NULL, 'Garlic Press - Exact', NULL, 'Manual', 'enabled', 20, NULL, NULL, NULL, NULL, NULL, NULL, 'USD', 15),
    (DATE '2026-02-01', 'Ad Group', '1', '11', NULL, NULL, NULL, NULL, 'Exact AG', NULL, 'enabled', NULL, NULL, 0.75, NULL, NULL, NULL, NULL, 'USD', 15),
    (DATE '2026-02-01', 'Keyword', '1', '11', NULL, '1001', NULL, NULL, NULL, NULL, 'enabled', NULL, NULL, NULL, 2.00, 'garlic press', 'exact', NULL, 'USD', 15),
    (DATE '2026-02-01', 'Product Ad', '9', '91', '999', NULL, NULL, NULL, NULL, NULL, 'enabled', NULL, 'GP-02', NULL, NULL, NULL, NULL, NULL, 'USD', 15),
    (DATE '2026-03-03', 'Campaign', '1', NULL, NULL, NULL, NULL, 'Garlic Press - Exact', NULL, 'Manual', 'enabled', 20, NULL, NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Ad Group', '1', '11', NULL, NULL, NULL, NULL, 'Exact AG', NULL, 'enabled', NULL, NULL, 0.75, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Product Ad', '1', '11', '111', NULL, NULL, NULL, NULL, NULL, 'enabled', NULL, 'GP-01', NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Keyword', '1', '11', NULL, '1001', NULL, NULL, NULL, NULL, 'enabled', NULL, NULL, NULL, 1.00, 'garlic press', 'exact', NULL, 'USD', 16),
    (DATE '2026-03-03', 'Keyword', '1', '11', NULL, '1002', NULL, NULL, NULL, NULL, 'paused', NULL, NULL, NULL, NULL, 'garlic crusher', 'exact', NULL, 'USD', 16),
    (DATE '2026-03-03', 'Campaign', '2', NULL, NULL, NULL, NULL, 'Garlic Press - Auto', NULL, 'Auto', 'enabled', 10, NULL, NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Ad Group', '2', '21', NULL, NULL, NULL, NULL, 'Auto AG', NULL, 'enabled', NULL, NULL, 0.50, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Product Ad', '2', '21', '211', NULL, NULL, NULL, NULL, NULL, 'enabled', NULL, 'GP-01', NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Product Ad', '2', '21', '212', NULL, NULL, NULL, NULL, NULL, 'paused', NULL, 'GP-00', NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Product Targeting', '2', '21', NULL, NULL, '2001', NULL, NULL, NULL, 'enabled', NULL, NULL, NULL, 0.60, NULL, NULL, 'close-match', 'USD', 16),
    (DATE '2026-03-03', 'Campaign', '3', NULL, NULL, NULL, NULL, 'Peeler - Paused', NULL, 'Manual', 'paused', 5, NULL, NULL, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Ad Group', '3', '31', NULL, NULL, NULL, NULL, 'Peeler AG', NULL, 'enabled', NULL, NULL, 0.40, NULL, NULL, NULL, NULL, 'USD', 16),
    (DATE '2026-03-03', 'Product Ad', '3', '31', '311', NULL, NULL, NULL, NULL, NULL, 'enabled', NULL, 'GP-02', NULL, NULL, NULL, NULL, NULL, 'USD', 16);
