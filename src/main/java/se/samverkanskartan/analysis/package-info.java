/**
 * Analysis of the network: clusters (Leiden), and their comparison with the groupings the
 * sources declare. Reads the network module's read models only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package se.samverkanskartan.analysis;
