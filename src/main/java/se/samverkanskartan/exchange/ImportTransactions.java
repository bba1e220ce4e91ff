package se.samverkanskartan.exchange;

import java.util.List;
import java.util.Map;
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

	private final BoltGraph bolt;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	private final ApplicationEventPublisher events;

	ImportTransactions(ObjectProvider<InProcessNeo4j> inProcess, BoltGraph bolt,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.inProcess = inProcess;
		this.bolt = bolt;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
		this.events = events;
	}

	/** Works on the stored graph without writing. */
	<T> T read(Function<StoredGraph.Snapshot, T> work) {
		return inTransaction(false, graph -> work.apply(graph.read()));
	}

	/**
	 * Plans a batch against the stored graph and counts what it would change, writing
	 * nothing.
	 */
	ImportReport dryRun(Function<StoredGraph.Snapshot, ImportBatch> plan) {
		return read(current -> ImportReport.counted(plan.apply(current), current, false));
	}

	/**
	 * Plans a batch against the stored graph and, if it has no problems, writes it in the
	 * same transaction; the report counts against the graph as it was.
	 */
	ImportReport apply(String file, Function<StoredGraph.Snapshot, ImportBatch> plan) {
		ImportReport report = inTransaction(true, graph -> {
			StoredGraph.Snapshot current = graph.read();
			ImportBatch batch = plan.apply(current);
			boolean clean = batch.problems.isEmpty();
			if (clean) {
				StableIds.assign(batch, current);
				graph.write(batch, current);
			}
			return ImportReport.counted(batch, current, clean);
		});
		if (report.applied()) {
			this.events.publishEvent(new NetworkChanged("import " + file));
		}
		return report;
	}

	/**
	 * Plans a batch and, if it has no problems, replaces everything but the accounts with
	 * it, in one transaction; the report counts against the graph as it was.
	 */
	ImportReport restore(String file, Function<StoredGraph.Snapshot, ImportBatch> plan) {
		StoredGraph.Snapshot nothing = new StoredGraph.Snapshot(List.of(), List.of(), Map.of(), Map.of());
		ImportReport report = inTransaction(true, graph -> {
			StoredGraph.Snapshot current = graph.read();
			ImportBatch batch = plan.apply(current);
			boolean clean = batch.problems.isEmpty();
			if (clean) {
				graph.clear();
				StableIds.assign(batch, nothing);
				graph.write(batch, nothing);
			}
			return ImportReport.counted(batch, current, clean);
		});
		if (report.applied()) {
			this.events.publishEvent(new NetworkChanged("restore " + file));
		}
		return report;
	}

	/** Runs the work in one transaction, committed if it writes and returns normally. */
	private <T> T inTransaction(boolean writes, Function<ImportGraph, T> work) {
		InProcessNeo4j local = this.inProcess.getIfAvailable();
		if (local != null) {
			try (Transaction tx = local.database().beginTx()) {
				T result = work.apply(new InProcessGraph(tx));
				if (writes) {
					tx.commit();
				}
				return result;
			}
		}
		return (writes ? this.readWrite : this.readOnly).execute(status -> work.apply(this.bolt));
	}

}
