package se.samverkanskartan.exchange;

import java.util.function.Function;

import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.infrastructure.InProcessNeo4j;
import se.samverkanskartan.network.NetworkChanged;

/**
 * Runs an import's read of the stored graph and its write in one transaction, all or
 * nothing: through the database's Java API when Neo4j runs in this JVM (the default),
 * over Bolt and Cypher when NEO4J_URI names a server.
 */
@Component
class ImportTransactions {

	private final ObjectProvider<InProcessNeo4j> inProcess;

	private final StoredGraph stored;

	private final ImportWriter writer;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	private final ApplicationEventPublisher events;

	ImportTransactions(ObjectProvider<InProcessNeo4j> inProcess, StoredGraph stored, ImportWriter writer,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.inProcess = inProcess;
		this.stored = stored;
		this.writer = writer;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** Works on the stored graph without writing. */
	<T> T read(Function<StoredGraph.Snapshot, T> work) {
		InProcessNeo4j local = this.inProcess.getIfAvailable();
		if (local != null) {
			try (Transaction tx = local.database().beginTx()) {
				return work.apply(InProcessGraph.read(tx));
			}
		}
		return this.readOnly.execute(status -> work.apply(this.stored.read()));
	}

	/**
	 * Plans a batch against the stored graph and, if it has no problems, writes it in the
	 * same transaction; the report counts against the graph as it was.
	 */
	ImportReport apply(String file, Function<StoredGraph.Snapshot, ImportBatch> plan) {
		InProcessNeo4j local = this.inProcess.getIfAvailable();
		ImportReport report;
		if (local != null) {
			try (Transaction tx = local.database().beginTx()) {
				StoredGraph.Snapshot current = InProcessGraph.read(tx);
				ImportBatch batch = plan.apply(current);
				if (batch.problems.isEmpty()) {
					InProcessGraph.write(tx, batch, current);
					tx.commit();
				}
				report = ImportWriter.report(batch, current, batch.problems.isEmpty());
			}
		}
		else {
			report = this.readWrite.execute(status -> {
				StoredGraph.Snapshot current = this.stored.read();
				ImportBatch batch = plan.apply(current);
				if (batch.problems.isEmpty()) {
					this.writer.write(batch, current);
				}
				return ImportWriter.report(batch, current, batch.problems.isEmpty());
			});
		}
		if (report.applied()) {
			this.events.publishEvent(new NetworkChanged("import " + file));
		}
		return report;
	}

}
