package se.samverkanskartan.network;

/**
 * Published after a transaction that changed the network, so that caches of read models
 * are dropped.
 *
 * @param what a short description for logs
 */
public record NetworkChanged(String what) {

}
