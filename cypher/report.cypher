MATCH (r:Report {id: $id})
RETURN r {.*} AS report;
