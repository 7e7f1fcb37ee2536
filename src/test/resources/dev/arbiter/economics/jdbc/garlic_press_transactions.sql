-- Loaded after garlic_press_three_days: a Date Range transaction report spanning 1–2 March, hand-written;
-- EconomicsQueriesTest works the answers out. Amounts are signed from the seller's view.
INSERT INTO payment_transaction (day, date_time, settlement_id, type, order_id, sku, description, quantity,
        product_sales, product_sales_tax, marketplace_withheld_tax, selling_fees, fba_fees, other_transaction_fees,
        other, total, currency, file_id) VALUES
    (DATE '2026-03-01', 'Mar 1, 2026 9:00:00 AM PST', 'S1', 'Order', 'O-1', 'GP-01', 'Garlic press', 5,
        99.75, 8.00, -8.00, -14.96, -16.10, 0, 0, 68.69, 'USD', 30),
    (DATE '2026-03-02', 'Mar 2, 2026 9:00:00 AM PST', 'S1', 'Refund', 'O-0', 'GP-01', 'Garlic press', 1,
        -19.95, -1.60, 1.60, 2.39, 0, 0, 0, -17.56, 'USD', 30),
    (DATE '2026-03-02', 'Mar 2, 2026 10:00:00 AM PST', 'S1', 'Service Fee', NULL, NULL, 'Cost of Advertising', NULL,
        0, 0, 0, 0, 0, 0, -45.20, -45.20, 'USD', 30);
