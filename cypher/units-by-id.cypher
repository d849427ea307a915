// Unit nodes by id, for batch look-ups (one row per id found).
UNWIND $ids AS id
MATCH (n:Unit {id: id})
RETURN n {.*} AS row;
