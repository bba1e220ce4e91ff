/**
 * Editing the network and its history: cooperation ties are created, changed and deleted
 * with validation and optimistic locking; every change is recorded (who, when, before and
 * after) and can be reverted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editing")
package se.samverkanskartan.editing;
