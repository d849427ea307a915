// Per-unit assignment counts by plan and role under the filter. With $expandCollectives a
// collective's assignments count towards each member too. Units narrowed by level and
// jurisdiction after counting; ranked in the store. $plans is never null here: the store names
// every plan when the filter names none, so the query starts from the measure_plan index.
UNWIND $plans AS planId
MATCH (m:Measure {planId: planId})<-[r:LEADS|RESPONSIBLE_FOR|COOPERATES_ON]-(u:Unit)
WHERE ($roles IS NULL OR r.role IN $roles)
  AND ($topics IS NULL OR m.topic IN $topics)
  AND ($deadlineKinds IS NULL OR m.deadlineKind IN $deadlineKinds)
  AND ($dueFrom IS NULL OR m.due >= $dueFrom)
  AND ($dueTo IS NULL OR m.due <= $dueTo)
OPTIONAL MATCH (member:Unit)-[:MEMBER_OF]->(u)
WHERE $expandCollectives
WITH u, r, m, collect(member) AS members
UNWIND [u] + members AS counted
WITH counted, m.planId AS planId, r.role AS role, count(*) AS n
WHERE ($levels IS NULL OR counted.level IN $levels)
  AND ($jurisdictions IS NULL OR counted.jurisdiction IN $jurisdictions)
RETURN counted {.*} AS unit, collect({planId: planId, role: role, n: n}) AS counts;
