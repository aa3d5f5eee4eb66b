-- agenda_changes.sql
-- Question: how did the agenda change over the years? One row per agenda topic:
-- the years in which it was on a reported visit's agenda, and whether, between the
-- first and the last year with a reported visit, it was 'kept' (on the agenda in
-- both), 'appeared' (only in the last), 'disappeared' (only in the first) or
-- 'came and went' (only in between).
WITH reported_years AS (
    SELECT min(year(start_date)) AS first_year, max(year(start_date)) AS last_year
    FROM visits
    WHERE n_articles > 0 AND start_date IS NOT NULL
),
agenda AS (
    SELECT year(v.start_date) AS year, vt.topic_id, count(DISTINCT vt.visit_id) AS n_visits
    FROM visit_topics AS vt
    JOIN visits AS v USING (visit_id)
    WHERE vt.role = 'agenda' AND v.start_date IS NOT NULL
    GROUP BY ALL
),
per_topic AS (
    SELECT
        topic_id,
        list(year ORDER BY year) AS years,
        sum(n_visits) AS n_visits,
        bool_or(year = first_year) AS in_first_year,
        bool_or(year = last_year) AS in_last_year
    FROM agenda, reported_years
    GROUP BY topic_id
)
SELECT
    p.topic_id,
    t.label_en,
    r.first_year,
    r.last_year,
    p.years,
    p.n_visits,
    p.in_first_year,
    p.in_last_year,
    CASE
        WHEN p.in_first_year AND p.in_last_year THEN 'kept'
        WHEN p.in_last_year THEN 'appeared'
        WHEN p.in_first_year THEN 'disappeared'
        ELSE 'came and went'
    END AS change
FROM per_topic AS p
CROSS JOIN reported_years AS r
LEFT JOIN topics AS t USING (topic_id)
ORDER BY change, p.topic_id;
