// Every unit named or aliased exactly $name: a district-relative name gives one per district.
MATCH (u:Unit)
WHERE u.name = $name OR $name IN u.aliases
RETURN u {.*} AS unit;
