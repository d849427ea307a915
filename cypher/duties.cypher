// A party's assignments under the filter, with each measure's task and plan, in document order.
// With $expandCollectives a unit also answers for what its collectives (各镇人民政府) are given:
// those rows carry the collective as `via`.
CALL () {
  MATCH (party:Unit {id: $partyId}) RETURN party
  UNION
  MATCH (party:Person {id: $partyId}) RETURN party
}
CALL (party) {
  MATCH (party)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(m:Measure)
  RETURN r, m, null AS via
  UNION
  MATCH (party)-[:MEMBER_OF]->(via:Unit)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m:Measure)
  WHERE $expandCollectives
  RETURN r, m, via
}
WITH r, m, via
WHERE ($roles IS NULL OR r.role IN $roles)
  AND ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
MATCH (m)-[:OF_TASK]->(t:Task)-[:IN_PLAN]->(p:Plan)
RETURN r {.*} AS assignment, m {.*} AS measure, t {.*} AS task, p {.*} AS plan, via {.*} AS via
ORDER BY r.order;
