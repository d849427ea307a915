UNWIND $ids AS id
MATCH (r:Report {measureId: id})
WITH id, r
ORDER BY r.at, r.id
RETURN id, collect(r {.*}) AS reports;
