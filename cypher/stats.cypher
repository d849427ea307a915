// Counts over the whole graph beyond health.cypher's: persons, assignments by role and by
// confidence, by level (units and their assignments), by plan, and the names no reference list knows.
CALL () {
  MATCH ()-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(:Measure)
  WITH r.role AS role, r.confidence AS confidence, count(*) AS n
  RETURN collect({role: role, confidence: confidence, n: n}) AS byRoleAndConfidence
}
CALL () {
  MATCH (u:Unit)
  WITH u.level AS level, count(u) AS units, sum(COUNT { (u)-[:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(:Measure) }) AS assignments
  RETURN collect({level: level, units: units, assignments: assignments}) AS byLevel
}
CALL () {
  MATCH (p:Plan)
  WITH p ORDER BY p.order
  RETURN collect({
    planId: p.id,
    tasks: COUNT { (:Task {planId: p.id}) },
    measures: COUNT { (:Measure {planId: p.id}) },
    assignments: COUNT { (:Measure {planId: p.id})<-[:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]-() }
  }) AS byPlan
}
CALL () {
  OPTIONAL MATCH (n:UnknownName)
  WITH n ORDER BY n.order
  RETURN collect(n {.*}) AS unknownNames
}
RETURN COUNT { (:Person) } AS persons, byRoleAndConfidence, byLevel, byPlan, unknownNames;
