package se.samverkanskartan.editing;

/**
 * Check-and-set of a version under the write lock. Neo4j reads without locks, and a
 * statement may read the version before it takes the lock, so two transactions could both
 * see version 2 and both write 3. Writing a property takes the lock until the transaction
 * ends; a statement run after that reads the last committed version.
 */
final class VersionLock {

	private VersionLock() {
	}

	/**
	 * A statement that takes the write lock of what {@code match} finds as {@code x},
	 * before the statement that compares and raises its version.
	 */
	static String lock(String match) {
		return match + "\nSET x._lock = true\nREMOVE x._lock\n";
	}

}
