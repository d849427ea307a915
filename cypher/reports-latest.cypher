// Per measure, the latest report made for a date on or before $asOf (server/model/lights.ts newerFirst).
MATCH (r:Report)
WHERE r.asOf <= $asOf
WITH r
ORDER BY r.asOf DESC, r.at DESC, r.id DESC
WITH r.measureId AS measureId, collect(r)[0] AS latest
RETURN latest {.*} AS report;
