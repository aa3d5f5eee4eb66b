-- topics_by_visit.sql
-- Question: what was discussed at each visit? One row per (visit, topic), the
-- agenda topics (said to be discussed at the meeting) before the background
-- (context) ones, strongest first, with how many reporting articles say so.
SELECT
    v.start_date,
    v.city,
    v.visitor,
    v.host,
    vt.topic_id,
    t.label_en,
    t.label_ar,
    vt.role,
    vt.n_articles,
    vt.n_agenda_articles,
    vt.n_context_articles,
    vt.score,
    v.visit_id
FROM visit_topics AS vt
JOIN visits AS v USING (visit_id)
LEFT JOIN topics AS t USING (topic_id)
ORDER BY v.start_date NULLS LAST, v.visit_id, vt.role = 'agenda' DESC, vt.score DESC, vt.topic_id;
