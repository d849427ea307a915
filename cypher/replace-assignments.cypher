// Review (issue 17): the parties of the measures $measureIds replaced with those of the reviewed
// model, statement by statement inside ONE write transaction (server/graph/neo4j/store.ts
// replaceAssignments), so a failure leaves them as they were. Rows as load.cypher takes them.
UNWIND $measureIds AS id
MATCH (:Measure {id: id})<-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]-()
DELETE r;

UNWIND $leads AS row
MATCH (u:Unit {id: row.unitId})
MATCH (m:Measure {id: row.measureId})
MERGE (u)-[r:LEADS {id: row.id}]->(m)
SET r = row;

UNWIND $responsibilities AS row
MATCH (u:Unit {id: row.unitId})
MATCH (m:Measure {id: row.measureId})
MERGE (u)-[r:RESPONSIBLE_FOR {id: row.id}]->(m)
SET r = row;

UNWIND $cooperations AS row
MATCH (u:Unit {id: row.unitId})
MATCH (m:Measure {id: row.measureId})
MERGE (u)-[r:COOPERATES_ON {id: row.id}]->(m)
SET r = row;

UNWIND $oversights AS row
MATCH (p:Person {id: row.personId})
MATCH (m:Measure {id: row.measureId})
MERGE (p)-[r:OVERSEES {id: row.id}]->(m)
SET r = row;
