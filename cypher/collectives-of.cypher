// The collectives each unit is a member of; units in none give no row. Ordered in the store.
UNWIND $ids AS id
MATCH (:Unit {id: id})-[:MEMBER_OF]->(c:Unit)
RETURN id, collect(c {.*}) AS collectives;
