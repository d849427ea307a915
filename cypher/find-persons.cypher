// Persons (牵头领导) whose name contains $search (null: all). Ordered in the store.
MATCH (p:Person)
WHERE $search IS NULL OR p.name CONTAINS $search
RETURN p {.*} AS person;
