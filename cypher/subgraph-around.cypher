// The assignments to draw around some parties: every assignment on the measures the parties
// hold under the filter (through their collectives too with $expandCollectives), in document order.
UNWIND $around AS centreId
CALL (centreId) {
  MATCH (party:Unit {id: centreId}) RETURN party
  UNION
  MATCH (party:Person {id: centreId}) RETURN party
}
CALL (party) {
  MATCH (party)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(m:Measure)
  RETURN r, m
  UNION
  MATCH (party)-[:MEMBER_OF]->(:Unit)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m:Measure)
  WHERE $expandCollectives
  RETURN r, m
}
WITH r, m
WHERE ($roles IS NULL OR r.role IN $roles)
  AND ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
WITH DISTINCT m
MATCH ()-[a:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(m)
RETURN a {.*} AS assignment
ORDER BY a.order;
