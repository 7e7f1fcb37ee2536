-- The report rows economics reads for a window (parameters: first day, last day, first day, last day): search term
-- rows and Business Report rows; the benchmark divides the economics stage's time by them.
SELECT (SELECT count(*) FROM ad_search_term_daily WHERE day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE))
     + (SELECT count(*) FROM sales_traffic_daily WHERE day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)) AS rows
