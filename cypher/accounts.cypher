MATCH (a:Account)
RETURN a {.*} AS account
ORDER BY a.name;
