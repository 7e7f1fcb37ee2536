-- Loaded after garlic_press_three_days: a Sponsored Display ad promoted GP-01 on 1 March.
-- (day, currency, campaign, ad group, sku, asin, impressions, clicks, spend, sales, orders, units, window, file)
INSERT INTO ad_sd_advertised_product_daily VALUES
    (DATE '2026-03-01', 'USD', 'SD - Views', 'SD AG', 'GP-01', 'B0CHILD001', 3000, 6, 2.50, 19.95, 1, 1, 14, 40);
