-- Loaded after garlic_press_three_days and garlic_press_display: Sponsored Brands and Sponsored Display campaign rows.
-- (day, currency, campaign id, campaign, status, budget, budget type, cost type, impressions, clicks, spend, sales,
--  orders, units, new-to-brand sales, orders, units, window, file)
INSERT INTO ad_sb_campaign_daily VALUES
    (DATE '2026-03-01', 'USD', '1444', 'Brand - Garlic Tools', 'ENABLED', 30, 'DAILY', 'CPC', 5000, 40, 30.00, 150.00, 6, 7, 75.00, 3, 3, 14, 41),
    (DATE '2026-03-02', 'USD', '1444', 'Brand - Garlic Tools', 'ENABLED', 30, 'DAILY', 'CPC', 4000, 20, 20.00, 50.00, 2, 2, NULL, NULL, NULL, 14, 41),
    (DATE '2026-03-05', 'USD', '1444', 'Brand - Garlic Tools', 'ENABLED', 30, 'DAILY', 'CPC', 9000, 90, 99.00, 99.00, 9, 9, NULL, NULL, NULL, 14, 42);
-- 1 March is covered by the Display advertised product row of garlic_press_display: its campaign spend is not counted
INSERT INTO ad_sd_campaign_daily VALUES
    (DATE '2026-03-01', 'USD', '2555', 'SD - Views', 'ENABLED', 15, NULL, 'vcpm', 3000, 6, 2.50, 19.95, 1, 1, NULL, NULL, NULL, 14, 43),
    (DATE '2026-03-02', 'USD', '2555', 'SD - Views', 'ENABLED', 15, NULL, 'vcpm', 2000, 4, 3.00, 10.00, 1, 1, NULL, NULL, NULL, 14, 43);
