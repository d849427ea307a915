// The shortest chain of shared measures between two units: of all shortest chains, the one whose
// node ids are least in order (the embedded store picks the same). The pattern's bound is the
// contract's MAX_PATH_HOPS (12 measures, 24 relationships); $maxHops narrows it.
MATCH (a:Unit {id: $fromId})
MATCH (b:Unit {id: $toId})
MATCH p = allShortestPaths((a)-[:LEADS|RESPONSIBLE_FOR|COOPERATES_ON*..24]-(b))
WITH p
WHERE length(p) <= 2 * $maxHops
RETURN [n IN nodes(p) | n.id] AS ids
ORDER BY ids
LIMIT 1;
