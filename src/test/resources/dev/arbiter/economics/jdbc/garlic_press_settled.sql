-- Loaded after garlic_press_three_days: a V2 settlement covering 1–2 March and an FBA customer return on 3 March,
-- hand-written; EconomicsQueriesTest works the answers out. Amounts are signed from the seller's view.
INSERT INTO settlement_line (settlement_id, settlement_start_day, settlement_end_day, deposit_day, total_amount,
        currency, transaction_type, order_id, amount_type, amount_description, amount, posted_day, sku, file_id) VALUES
    ('S1', DATE '2026-03-01', DATE '2026-03-02', DATE '2026-03-04', 47.02, 'USD', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Order', 'O-1', 'ItemPrice', 'Principal', 99.75, DATE '2026-03-01', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Order', 'O-1', 'ItemPrice', 'Tax', 8.00, DATE '2026-03-01', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Order', 'O-1', 'ItemWithheldTax', 'MarketplaceFacilitatorTax-Principal', -8.00, DATE '2026-03-01', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Order', 'O-1', 'ItemFees', 'Commission', -14.96, DATE '2026-03-01', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Order', 'O-1', 'ItemFees', 'FBAPerUnitFulfillmentFee', -16.10, DATE '2026-03-01', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Refund', 'O-0', 'ItemPrice', 'Principal', -19.95, DATE '2026-03-02', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Refund', 'O-0', 'ItemPrice', 'Tax', -1.60, DATE '2026-03-02', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Refund', 'O-0', 'ItemFees', 'Commission', 2.99, DATE '2026-03-02', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'Refund', 'O-0', 'ItemFees', 'RefundCommission', -0.60, DATE '2026-03-02', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'other-transaction', NULL, 'other-transaction', 'FBACustomerReturnPerUnitFee', -2.50, DATE '2026-03-02', 'GP-01', 20),
    ('S1', NULL, NULL, NULL, NULL, 'USD', 'other-transaction', NULL, 'other-transaction', 'Storage Fee', -5.00, DATE '2026-03-02', NULL, 20);

-- (return day, order, sku, asin, fnsku, name, quantity, centre, disposition, reason, status, licence plate, file)
INSERT INTO fba_customer_return VALUES
    (DATE '2026-03-03', 'O-2', 'GP-01', 'B0CHILD001', 'X001', 'Garlic press', 1, 'ABE2', 'CUSTOMER_DAMAGED', 'DEFECTIVE', 'Unit returned to inventory', 'LPN1', 21);
