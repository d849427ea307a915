// Measure nodes by id, for batch look-ups (one row per id found).
UNWIND $ids AS id
MATCH (n:Measure {id: id})
RETURN n {.*} AS row;
