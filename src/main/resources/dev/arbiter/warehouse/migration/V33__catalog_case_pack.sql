-- Our catalog file may say how many units a supplier's case holds (optional column case_pack): restock orders are
-- rounded up to whole cases. NULL where the catalog does not say.
ALTER TABLE catalog_item ADD COLUMN case_pack INTEGER;
