// Plan nodes by id, for batch look-ups (one row per id found).
UNWIND $ids AS id
MATCH (n:Plan {id: id})
RETURN n {.*} AS row;
