/**
 * The Vaadin UI: the explorer with its graph view, legend and side panel, and the page
 * about one organisation (its cooperation, gaps and partner suggestions). Views call the
 * network and suggestions modules' services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Explorer")
package se.samverkanskartan.explorer;
