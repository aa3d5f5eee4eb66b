-- last_assad_moscow.sql
-- Question: when did Bashar al-Assad last go to Moscow?
-- Any known meeting in Moscow with Assad taking part counts (reported or only
-- referenced; a report that swapped visitor and host is still Assad in Moscow).
-- A meeting only planned (dated after the newest article, e.g. "will meet in
-- Moscow next month") has not happened yet and is left out.
-- The latest by date wins; date_precision tells whether it is known to the day.
SELECT
    start_date,
    end_date,
    date_precision,
    visitor,
    host,
    visit_type,
    n_articles,
    n_references,
    article_ids,
    conflicts,
    visit_id
FROM visits
WHERE city = 'Moscow'
  AND list_contains(participants, 'Bashar al-Assad')
  AND start_date IS NOT NULL
  AND start_date <= (SELECT max(published_date) FROM articles)
ORDER BY coalesce(end_date, start_date) DESC, start_date DESC, n_articles DESC, visit_id
LIMIT 1;
