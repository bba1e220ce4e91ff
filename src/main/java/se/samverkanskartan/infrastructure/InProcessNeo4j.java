package se.samverkanskartan.infrastructure;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The database when it runs inside this JVM, for work that Bolt and Cypher slow down: a
 * large import writes through the Java API in a fraction of the time.
 */
public interface InProcessNeo4j {

	/** The default database, once started. */
	GraphDatabaseService database();

}
