// One review event (issue 17: a decision, undo, accept or reject), in one write transaction. MERGE
// on the id the store chose: a transaction the driver retries cannot record it twice. The plan
// graph's reload (load.cypher) leaves review events: they are keyed to measures by id, not linked.
MATCH (a:Account {name: $event.by})
MERGE (e:ReviewEvent {id: $event.id})
ON CREATE SET e += $event
MERGE (e)-[:BY]->(a)
RETURN e {.*} AS event;
