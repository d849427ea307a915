MATCH (a:Account {name: $name})
SET a.passwordHash = $passwordHash
RETURN count(a) AS changed;
