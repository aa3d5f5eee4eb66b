-- timeline.sql
-- Question: every known meeting, in date order: who visited whom, where, when,
-- what kind of visit, and how many articles report it.
-- Visits no article reports (only mentioned in passing, e.g. "the last visit was
-- in September 2021") have n_articles = 0 and evidence = 'referenced only';
-- date_precision says whether start_date is a day, or stands for a month or year.
-- Undated visits come last.
SELECT
    start_date,
    end_date,
    date_precision,
    visitor,
    host,
    city,
    country,
    visit_type,
    announced,
    n_articles,
    n_sources,
    n_references,
    CASE WHEN n_articles > 0 THEN 'reported' ELSE 'referenced only' END AS evidence,
    len(conflicts) AS n_conflicts,
    visit_id
FROM visits
ORDER BY start_date NULLS LAST, end_date NULLS LAST, visitor, host, visit_id;
