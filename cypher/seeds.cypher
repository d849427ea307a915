// The source documents, in manifest order.
MATCH (s:Seed)
RETURN s {.*} AS seed
ORDER BY s.order;
