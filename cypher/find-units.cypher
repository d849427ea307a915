// Units whose name or an alias contains $search (null: any), narrowed by level, jurisdiction
// and kind (null: any). Ordered by Chinese collation in the store, which Cypher lacks.
MATCH (u:Unit)
WHERE ($search IS NULL OR u.name CONTAINS $search OR any(alias IN u.aliases WHERE alias CONTAINS $search))
  AND ($levels IS NULL OR u.level IN $levels)
  AND ($jurisdictions IS NULL OR u.jurisdiction IN $jurisdictions)
  AND ($kinds IS NULL OR u.kind IN $kinds)
RETURN u {.*} AS unit;
