-- A catalog row whose objective is none the operating model knows.
INSERT INTO source_file VALUES
    (1, 'catalog.csv', 'sha-catalog', 'catalog', 'US', 'USD', NULL, NULL, 1, 0, 0, TIMESTAMP '2026-03-04 08:00:00');
INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency, lead_time_days, supplier, objective, file_id) VALUES ('GP-01', 'B0CHILD001', 'Garlic press', 'Kitchen', 4.00, 'USD', 30, 'Acme Tools', 'world domination', 1);
INSERT INTO sales_traffic_daily VALUES
    (DATE '2026-03-01', 'B0PARENT01', 'B0CHILD001', 'Garlic press', 'GP-01', 100, 120, 0.90, 5, 0.05, 99.75, 5, 'USD', 2);
