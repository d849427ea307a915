MATCH (a:Account {name: $name})
SET a.disabled = $disabled
RETURN count(a) AS changed;
