-- articles_per_outlet.sql
-- Question: how many articles did each outlet publish, how many were copies of
-- another article, and how many visits do they report? The outlet is
-- articles.source; when that is empty, the folder or archive the file came from
-- (a loose top-level file counts as its own outlet) -- the same rule
-- visits.n_sources uses. outlet_from says which.
WITH a AS (
    SELECT
        *,
        coalesce(source, split_part(split_part(source_file, '#', 1), '/', 1)) AS outlet,
        CASE WHEN source IS NOT NULL THEN 'source' ELSE 'file' END AS outlet_from
    FROM articles
),
reported AS (
    SELECT DISTINCT article_id, visit_id
    FROM visit_mentions
    WHERE kind = 'reported'
)
SELECT
    a.outlet,
    a.outlet_from,
    count(DISTINCT a.article_id) AS n_articles,
    count(DISTINCT a.article_id) FILTER (WHERE a.duplicate_of IS NOT NULL) AS n_duplicates,
    count(DISTINCT r.visit_id) AS n_visits_reported,
    min(a.published_date) AS first_published,
    max(a.published_date) AS last_published
FROM a
LEFT JOIN reported AS r USING (article_id)
GROUP BY a.outlet, a.outlet_from
ORDER BY n_articles DESC, a.outlet;
