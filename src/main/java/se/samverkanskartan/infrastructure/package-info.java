/**
 * Technical foundation: the embedded Neo4j, the connection to an external one, the Cypher
 * migrations, start-up failure messages and the UI's translations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure")
package se.samverkanskartan.infrastructure;
