// Replaces the whole graph with a model, statement by statement inside ONE write transaction
// (server/graph/neo4j/store.ts), so a failure leaves the previous graph as it was. Every row
// comes from server/graph/neo4j/rows.ts; MERGE on ids keeps each statement idempotent.
MATCH (n)
WHERE n:Seed OR n:Jurisdiction OR n:Plan OR n:Section OR n:Task OR n:Measure OR n:Unit OR n:Person OR n:UnknownName
DETACH DELETE n;

UNWIND $seeds AS row
MERGE (s:Seed {file: row.file})
SET s = row;

UNWIND $jurisdictions AS row
MERGE (j:Jurisdiction {name: row.name})
SET j = row;

UNWIND $jurisdictions AS row
MATCH (j:Jurisdiction {name: row.name})
MATCH (parent:Jurisdiction {name: row.parent})
MERGE (j)-[:IN]->(parent);

UNWIND $plans AS row
MATCH (s:Seed {file: row.seed})
MERGE (p:Plan {id: row.id})
SET p = row
MERGE (p)-[:FROM]->(s);

UNWIND $sections AS row
MATCH (p:Plan {id: row.planId})
MERGE (s:Section {id: row.id})
SET s = row
MERGE (s)-[:IN_PLAN]->(p);

UNWIND $tasks AS row
MATCH (p:Plan {id: row.planId})
MERGE (t:Task {id: row.id})
SET t = row
MERGE (t)-[:IN_PLAN]->(p);

UNWIND $tasks AS row
MATCH (t:Task {id: row.id})
MATCH (s:Section {id: row.sectionId})
MERGE (t)-[:IN_SECTION]->(s);

UNWIND $measures AS row
MATCH (t:Task {id: row.taskId})
MERGE (m:Measure {id: row.id})
SET m = row
MERGE (m)-[:OF_TASK]->(t);

UNWIND $units AS row
MATCH (j:Jurisdiction {name: row.jurisdiction})
MERGE (u:Unit {id: row.id})
SET u = row
MERGE (u)-[:IN]->(j);

UNWIND $units AS row
MATCH (u:Unit {id: row.id})
MATCH (parent:Unit {id: row.branchOf})
MERGE (u)-[:BRANCH_OF]->(parent);

UNWIND $units AS row
UNWIND row.members AS memberId
MATCH (c:Unit {id: row.id})
MATCH (member:Unit {id: memberId})
MERGE (member)-[:MEMBER_OF]->(c);

UNWIND $persons AS row
MATCH (j:Jurisdiction {name: row.jurisdiction})
MERGE (p:Person {id: row.id})
SET p = row
MERGE (p)-[:IN]->(j);

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

// One node per occurrence, as the model lists them: a name unknown twice on one line is two
// occurrences (the graph was emptied above, so CREATE cannot duplicate across loads).
UNWIND $unknownNames AS row
MATCH (u:Unit {id: row.unitId})
CREATE (n:UnknownName)
SET n = row
CREATE (n)-[:READ_AS]->(u);

// Links between measures of different plans (issue 18): a city measure IMPLEMENTED_BY a district
// measure (cascade), an earlier year's CONTINUED_BY a later one's (continuation). `order` is the
// link's place among all the model's links.
UNWIND $cascades AS row
MATCH (a:Measure {id: row.fromId})
MATCH (b:Measure {id: row.toId})
MERGE (a)-[r:IMPLEMENTED_BY]->(b)
SET r = row {.score, .evidence, .order};

UNWIND $continuations AS row
MATCH (a:Measure {id: row.fromId})
MATCH (b:Measure {id: row.toId})
MERGE (a)-[r:CONTINUED_BY]->(b)
SET r = row {.score, .label, .evidence, .order};

// A measure with no counterpart in a plan where one was looked for: kind gap, new or dropped.
UNWIND $unmatched AS row
MATCH (m:Measure {id: row.measureId})
MATCH (p:Plan {id: row.otherPlanId})
MERGE (m)-[r:NO_COUNTERPART_IN {kind: row.kind}]->(p)
SET r.order = row.order;

// Reports and accounts are not part of the plan graph: the delete above leaves them, and only
// cuts each report from the measure it was on. Linked again by measure id; a report whose
// measure is gone stays, unlinked, and is counted as orphaned (/health, npm run ingest).
MATCH (r:Report)
MATCH (m:Measure {id: r.measureId})
MERGE (r)-[:ON]->(m);
