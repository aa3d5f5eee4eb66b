-- which_visits_discussed_turkey.sql
-- Question: which visits discussed Turkey? A visit qualifies when Turkey-Syria
-- normalisation is on its agenda (visit_topics role 'agenda'), or when an
-- article reporting it mentions Turkey, Ankara (the press's usual stand-in for
-- the Turkish government) or Erdogan. `why` says which of the two it was.
WITH on_agenda AS (
    SELECT visit_id
    FROM visit_topics
    WHERE topic_id = 'turkey_syria_normalisation' AND role = 'agenda'
),
reporting AS (
    SELECT DISTINCT visit_id, article_id
    FROM visit_mentions
    WHERE kind = 'reported'
),
turkey_mentions AS (
    SELECT r.visit_id, list(DISTINCT m.name_en ORDER BY m.name_en) AS names, count(*) AS n_mentions
    FROM reporting AS r
    JOIN mentions AS m USING (article_id)
    WHERE regexp_matches(lower(coalesce(m.name_en, '') || ' ' || coalesce(m.entity_id, '')),
                         'turk|erdo[gğ]an|ankara')
    GROUP BY r.visit_id
)
SELECT
    v.start_date,
    v.city,
    v.visitor,
    v.host,
    a.visit_id IS NOT NULL AS on_agenda,
    coalesce(tm.names, []) AS turkey_mentions,
    coalesce(tm.n_mentions, 0) AS n_turkey_mentions,
    CASE
        WHEN a.visit_id IS NOT NULL AND tm.visit_id IS NOT NULL THEN 'agenda and mentions'
        WHEN a.visit_id IS NOT NULL THEN 'agenda'
        ELSE 'mentions'
    END AS why,
    v.n_articles,
    v.visit_id
FROM visits AS v
LEFT JOIN on_agenda AS a USING (visit_id)
LEFT JOIN turkey_mentions AS tm USING (visit_id)
WHERE a.visit_id IS NOT NULL OR tm.visit_id IS NOT NULL
ORDER BY v.start_date NULLS LAST, v.visit_id;
