// One report, in one write transaction. MERGE on the id the store chose: a transaction the driver
// retries after a lost acknowledgement cannot record the report twice. The report hangs on its
// measure while the measure is in the graph (load.cypher links it again after a reload).
MATCH (a:Account {name: $report.by})
MERGE (r:Report {id: $report.id})
ON CREATE SET r += $report
MERGE (r)-[:BY]->(a)
WITH r
OPTIONAL MATCH (m:Measure {id: r.measureId})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (r)-[:ON]->(m))
RETURN r {.*} AS report;
