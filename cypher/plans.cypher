// Every plan, in document order.
MATCH (p:Plan)
RETURN p {.*} AS plan
ORDER BY p.order;
