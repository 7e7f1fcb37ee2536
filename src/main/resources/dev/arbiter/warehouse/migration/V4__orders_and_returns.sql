-- All Orders (formats doc C7): one row per order item, pending and cancelled included. item_price is the line total
-- for quantity units, excluding tax, and is empty for most cancelled items; promotion discounts are positive amounts
-- to subtract.
CREATE TABLE order_item (
    purchase_day            DATE NOT NULL,
    order_id                VARCHAR NOT NULL,
    order_status            VARCHAR,
    fulfillment_channel     VARCHAR,
    sales_channel           VARCHAR,
    sku                     VARCHAR NOT NULL,
    asin                    VARCHAR,
    item_status             VARCHAR,
    quantity                BIGINT NOT NULL,
    currency                VARCHAR NOT NULL,
    item_price              DECIMAL(18, 6),
    item_tax                DECIMAL(18, 6),
    shipping_price          DECIMAL(18, 6),
    item_promotion_discount DECIMAL(18, 6),
    ship_promotion_discount DECIMAL(18, 6),
    is_business_order       VARCHAR,
    file_id                 BIGINT NOT NULL
);

-- FBA customer returns (formats doc C11): what came back, in what condition and why. Customer comments are not kept.
CREATE TABLE fba_customer_return (
    return_day            DATE NOT NULL,
    order_id              VARCHAR NOT NULL,
    sku                   VARCHAR NOT NULL,
    asin                  VARCHAR,
    fnsku                 VARCHAR,
    product_name          VARCHAR,
    quantity              BIGINT NOT NULL,
    fulfillment_center_id VARCHAR,
    detailed_disposition  VARCHAR,
    reason                VARCHAR,
    status                VARCHAR,
    license_plate_number  VARCHAR,
    file_id               BIGINT NOT NULL
);
