// Review events at or after $since ('' for all), oldest first (by time, then id).
MATCH (e:ReviewEvent)
WHERE e.at >= $since
RETURN e {.*} AS event
ORDER BY e.at, e.id;
