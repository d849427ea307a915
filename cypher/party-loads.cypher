// Each party's assignments under the filter over the whole graph, counted as duties.cypher reads
// them (through collectives too with $expandCollectives): node sizes in a drawing. Parties with
// none give no row.
UNWIND $partyIds AS partyId
CALL (partyId) {
  MATCH (party:Unit {id: partyId}) RETURN party
  UNION
  MATCH (party:Person {id: partyId}) RETURN party
}
CALL (party) {
  MATCH (party)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON|OVERSEES]->(m:Measure)
  RETURN r, m
  UNION
  MATCH (party)-[:MEMBER_OF]->(:Unit)-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]->(m:Measure)
  WHERE $expandCollectives
  RETURN r, m
}
WITH party, r, m
WHERE ($roles IS NULL OR r.role IN $roles)
  AND ($plans IS NULL OR m.planId IN $plans)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
RETURN party.id AS id, count(r) AS load;
