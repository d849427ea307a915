MATCH (r:Report)
RETURN count(r) AS reports;
