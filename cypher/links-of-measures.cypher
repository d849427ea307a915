// Every link with each measure at either end (IMPLEMENTED_BY, CONTINUED_BY), in the model's order;
// measures with none give no row.
UNWIND $ids AS id
MATCH (:Measure {id: id})-[r:IMPLEMENTED_BY|CONTINUED_BY]-(:Measure)
WITH id, r
ORDER BY r.order
RETURN id, collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS links;
