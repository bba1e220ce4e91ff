// Every import of ties paid for this index at commit (a fifth to a third of it, docs/benchmarks.md);
// only counting a topic's uses read it, and scanning the ties for that is quick enough.
DROP INDEX cooperation_topic IF EXISTS;
