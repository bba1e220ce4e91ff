// Each survey submission's id is unique (issue #25); a schema change, so apart from V0015's write.
CREATE CONSTRAINT submission_id IF NOT EXISTS FOR (s:Submission) REQUIRE s.id IS UNIQUE;
