// Survey submissions get an id, so that the backup names each one (issue #25).
MATCH (s:Submission) WHERE s.id IS NULL SET s.id = randomUUID();
