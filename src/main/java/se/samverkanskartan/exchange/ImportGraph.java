package se.samverkanskartan.exchange;

/**
 * The stored graph as one transaction of an import sees it: {@link BoltGraph} over Bolt
 * and Cypher, {@link InProcessGraph} through the embedded database's Java API.
 */
interface ImportGraph {

	/** The graph with the database's ids of its nodes and ties. */
	StoredGraph.Snapshot read();

	/**
	 * Writes the batch: nodes merged on their primary label and key, ties known in
	 * {@code current} updated, the others created.
	 */
	void write(ImportBatch batch, StoredGraph.Snapshot current);

	/** Deletes every node and tie but the accounts and the migration records. */
	void clear();

}
