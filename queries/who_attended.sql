-- who_attended.sql
-- Question: who took part in each visit? One row per (visit, participant): the
-- visitor, the host, and everyone the reporting articles place at the meeting
-- (ministers, envoys, delegation members).
SELECT
    v.start_date,
    v.city,
    p.participant,
    CASE
        WHEN p.participant = v.visitor THEN 'visitor'
        WHEN p.participant = v.host THEN 'host'
        ELSE 'participant'
    END AS role,
    v.visit_id
FROM visits AS v,
     unnest(v.participants) AS p(participant)
ORDER BY v.start_date NULLS LAST, v.visit_id,
         CASE WHEN p.participant = v.visitor THEN 0 WHEN p.participant = v.host THEN 1 ELSE 2 END,
         p.participant;
