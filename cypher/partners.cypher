// The units on the same measures as $unitId (its duties under the filter, as duties.cypher
// reads them), other than itself and the collectives it is on them through: how many measures
// each shares, and its roles on them. Ordered in the store.
MATCH (u:Unit {id: $unitId})
CALL (u) {
  MATCH (u)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m:Measure)
  RETURN r, m, null AS via
  UNION
  MATCH (u)-[:MEMBER_OF]->(via:Unit)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m:Measure)
  WHERE $expandCollectives
  RETURN r, m, via
}
WITH u, r, m, via
WHERE ($roles IS NULL OR r.role IN $roles)
  AND ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
WITH u, collect(DISTINCT m) AS measures, collect(DISTINCT via.id) AS vias
UNWIND measures AS m
MATCH (partner:Unit)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m)
WHERE partner <> u AND NOT partner.id IN vias
RETURN partner {.*} AS unit,
  count(DISTINCT m) AS sharedMeasures,
  sum(CASE r.role WHEN 'lead' THEN 1 ELSE 0 END) AS lead,
  sum(CASE r.role WHEN 'responsible' THEN 1 ELSE 0 END) AS responsible,
  sum(CASE r.role WHEN 'coop' THEN 1 ELSE 0 END) AS coop,
  sum(CASE r.role WHEN 'leader' THEN 1 ELSE 0 END) AS leader;
