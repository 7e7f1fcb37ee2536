-- V2 settlement flat file (formats doc C8): one row per amount, signed from the seller's view (income positive, fees
-- and refunds negative). The first row of a file is the settlement's summary: dates, net deposit (total_amount) and
-- currency, with no amount; it is kept so the deposit can be reconciled with the sum of the amounts.
CREATE TABLE settlement_line (
    settlement_id        VARCHAR NOT NULL,
    settlement_start_day DATE,
    settlement_end_day   DATE,
    deposit_day          DATE,
    total_amount         DECIMAL(18, 6),
    currency             VARCHAR NOT NULL,
    transaction_type     VARCHAR,
    order_id             VARCHAR,
    adjustment_id        VARCHAR,
    shipment_id          VARCHAR,
    marketplace_name     VARCHAR,
    amount_type          VARCHAR,
    amount_description   VARCHAR,
    amount               DECIMAL(18, 6),
    fulfillment_id       VARCHAR,
    posted_day           DATE,
    order_item_code      VARCHAR,
    sku                  VARCHAR,
    quantity_purchased   BIGINT,
    promotion_id         VARCHAR,
    file_id              BIGINT NOT NULL
);

-- Our fee categories for Amazon's amount types and descriptions (formats doc C8 table). '*' matches any value; the
-- most specific row wins (a transaction type before '*', a description before '*'). Amounts no row matches are
-- 'unmapped', so a new Amazon fee shows up instead of vanishing.
CREATE TABLE settlement_fee_category (
    transaction_type   VARCHAR NOT NULL,
    amount_type        VARCHAR NOT NULL,
    amount_description VARCHAR NOT NULL,
    category           VARCHAR NOT NULL
);

INSERT INTO settlement_fee_category VALUES
    ('*', 'ItemPrice', 'Principal', 'revenue'),
    ('Refund', 'ItemPrice', 'Principal', 'refund'),
    ('*', 'ItemPrice', 'Tax', 'tax_collected'),
    ('*', 'ItemPrice', 'ShippingTax', 'tax_collected'),
    ('*', 'ItemPrice', 'GiftWrapTax', 'tax_collected'),
    ('*', 'ItemPrice', 'RegulatoryFee', 'tax_collected'),
    ('*', 'ItemPrice', 'Shipping', 'shipping_income'),
    ('*', 'ItemPrice', 'GiftWrap', 'gift_wrap_income'),
    ('*', 'ItemPrice', 'Goodwill', 'refund'),
    ('*', 'ItemPrice', 'RestockingFee', 'refund'),
    ('*', 'ItemPrice', '*', 'revenue'),
    ('*', 'ItemWithheldTax', '*', 'tax_withheld'),
    ('*', 'Promotion', '*', 'promotional_rebate'),
    ('*', 'ItemFees', 'Commission', 'referral_fee'),
    ('*', 'ItemFees', 'RefundCommission', 'refund_administration_fee'),
    ('*', 'ItemFees', 'FBAPerUnitFulfillmentFee', 'fba_fulfilment_fee'),
    ('*', 'ItemFees', 'FBAPerOrderFulfillmentFee', 'fba_fulfilment_fee'),
    ('*', 'ItemFees', 'FBAWeightBasedFee', 'fba_fulfilment_fee'),
    ('*', 'ItemFees', 'VariableClosingFee', 'selling_fee'),
    ('*', 'ItemFees', 'FixedClosingFee', 'selling_fee'),
    ('*', 'ItemFees', 'DigitalServicesFee', 'selling_fee'),
    ('*', 'ItemFees', 'SalesTaxCollectionFee', 'selling_fee'),
    ('*', 'ItemFees', 'ShippingChargeback', 'shipping_fee'),
    ('*', 'ItemFees', 'ShippingHB', 'shipping_fee'),
    ('*', 'ItemFees', 'GiftwrapChargeback', 'shipping_fee'),
    ('*', 'FBA Inventory Reimbursement', '*', 'reimbursement'),
    ('*', 'other-transaction', 'Storage Fee', 'storage_fee'),
    ('*', 'other-transaction', 'StorageRenewalBilling', 'storage_fee'),
    ('*', 'other-transaction', 'Long-Term Storage Fee', 'storage_fee'),
    ('*', 'other-transaction', 'DisposalComplete', 'other_fba_fee'),
    ('*', 'other-transaction', 'RemovalComplete', 'other_fba_fee'),
    ('*', 'other-transaction', 'Inbound Transportation Fee', 'inbound_freight'),
    ('*', 'other-transaction', 'FBACustomerReturnPerUnitFee', 'returns_fee'),
    ('*', 'other-transaction', 'Subscription Fee', 'other_fee'),
    ('*', 'other-transaction', 'Shipping label purchase', 'other_fee'),
    ('*', 'other-transaction', 'BalanceAdjustment', 'other_fee'),
    ('*', 'other-transaction', 'Previous Reserve Amount Balance', 'cash_movement'),
    ('*', 'other-transaction', 'Current Reserve Amount', 'cash_movement'),
    ('*', 'Cost of Advertising', '*', 'advertising'),
    ('*', 'FBA Inventory Storage Fee', '*', 'storage_fee'),
    ('*', 'FBA Amazon-Partnered Carrier Shipment Fee', '*', 'inbound_freight');

-- Every amount of every settlement with its category ('unmapped' when no row of settlement_fee_category matches).
-- Advertising paid from proceeds is also in the Ads reports: economics must count it once.
CREATE VIEW settlement_amount AS
SELECT
    l.*,
    COALESCE(
        (SELECT c.category
         FROM settlement_fee_category c
         WHERE c.amount_type = l.amount_type
           AND c.amount_description IN (l.amount_description, '*')
           AND c.transaction_type IN (l.transaction_type, '*')
         ORDER BY c.transaction_type = '*', c.amount_description = '*'
         LIMIT 1),
        'unmapped') AS category
FROM settlement_line l
WHERE l.amount IS NOT NULL;
