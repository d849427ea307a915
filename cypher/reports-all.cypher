MATCH (r:Report)
RETURN r {.*} AS report
ORDER BY r.at, r.id;
