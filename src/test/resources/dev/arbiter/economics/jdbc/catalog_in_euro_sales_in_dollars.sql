-- A catalog costed in euros against a Business Report in dollars.
INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency, lead_time_days, supplier, objective, file_id) VALUES ('GP-01', 'B0CHILD001', 'Garlic press', 'Kitchen', 4.00, 'EUR', 30, 'Acme Tools', 'profit', 1);
INSERT INTO sales_traffic_daily VALUES
    (DATE '2026-03-01', 'B0PARENT01', 'B0CHILD001', 'Garlic press', 'GP-01', 100, 120, 0.90, 5, 0.05, 99.75, 5, 'USD', 2);
