-- Our reviews and ratings file (docs/ingest.md): a SKU's average stars and its counts of ratings and written reviews
-- as a review tool (or a person) read them on a day. Counts are cumulative, as the product page shows them.
CREATE TABLE sku_rating_daily (
    day           DATE NOT NULL,
    sku           VARCHAR NOT NULL,
    asin          VARCHAR,
    marketplace   VARCHAR,
    rating        DOUBLE NOT NULL,
    ratings_count BIGINT NOT NULL,
    reviews_count BIGINT,
    file_id       BIGINT NOT NULL
);
