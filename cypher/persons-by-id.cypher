// Person nodes by id, for batch look-ups (one row per id found).
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN n {.*} AS row;
