/**
 * The frame around every view: title, navigation and language choice. Depends on no
 * capability; views name it as their layout, and it links to them by route path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package se.samverkanskartan.shell;
