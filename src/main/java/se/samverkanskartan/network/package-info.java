/**
 * The collaboration network: organisations (municipalities, city districts, actors,
 * forums), topics and the ties between them, read from Neo4j as read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package se.samverkanskartan.network;
