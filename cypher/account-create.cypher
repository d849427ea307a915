// A new account; the account_name constraint refuses a name taken (the store says so).
CREATE (a:Account)
SET a = $account;
