/**
 * Data in and out: snapshots of the drawn view (PNG, SVG, PDF, PPTX), saved views, data
 * exports and imports. Reads the network module's read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package se.samverkanskartan.exchange;
