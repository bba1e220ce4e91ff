/**
 * The Vaadin UI: the explorer with its graph view, legend and side panel. Views call the
 * network module's services only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Explorer")
package se.samverkanskartan.explorer;
