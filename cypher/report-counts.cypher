MATCH (r:Report)
RETURN r.measureId AS measureId, count(*) AS reports
ORDER BY measureId;
