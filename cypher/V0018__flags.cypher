// A reader's flag on a tie or an organisation is kept once by its id (issue #26).
CREATE CONSTRAINT flag_id IF NOT EXISTS FOR (f:Flag) REQUIRE f.id IS UNIQUE;
