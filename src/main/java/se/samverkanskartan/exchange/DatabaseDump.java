package se.samverkanskartan.exchange;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.samverkanskartan.accounts.Role;

/**
 * The whole database as JSON and back. An import is checked first (a dry run reports
 * every problem and what would be created, updated or left alone) and then applied in one
 * transaction: all or nothing. Nodes are merged on their external ids, so importing the
 * same file twice changes nothing.
 */
@Service
public class DatabaseDump {

	private final ImportTransactions transactions;

	private final I18NProvider i18n;

	private final long maxBytes;

	DatabaseDump(ImportTransactions transactions, I18NProvider i18n,
			@Value("${samverkanskartan.import.max-bytes:52428800}") long maxBytes) {
		this.transactions = transactions;
		this.i18n = i18n;
		this.maxBytes = maxBytes;
	}

	public byte[] dump() {
		return this.transactions
			.read(graph -> DumpWriter.write(graph.nodes(), graph.relationships(), OffsetDateTime.now().toString()));
	}

	/** Checks the file and counts what it would change, without writing. */
	public ImportReport dryRun(String file, byte[] bytes, Locale locale) {
		return this.transactions.dryRun(current -> read(file, bytes, locale, current, false));
	}

	/**
	 * Checks a backup for a restore: it must stand on its own (every tie's ends in the
	 * file), and it may carry the history.
	 */
	public ImportReport restoreDryRun(String file, byte[] bytes, Locale locale) {
		return this.transactions.dryRun(current -> read(file, bytes, locale, current, true));
	}

	/**
	 * Makes the database equal to the backup, in one transaction: everything but the
	 * accounts is replaced by the file's nodes, ties, ids and history, whatever was there
	 * before (the built-in data included). Nothing is written if the file has a problem.
	 */
	@PreAuthorize(Role.CAN_ADMINISTER)
	public ImportReport restore(String file, byte[] bytes, Locale locale) {
		return this.transactions.restore(file, current -> read(file, bytes, locale, current, true));
	}

	/**
	 * Applies the file in one transaction if it has no problems; otherwise writes
	 * nothing.
	 */
	@PreAuthorize(Role.CAN_EDIT)
	public ImportReport apply(String file, byte[] bytes, Locale locale) {
		return this.transactions.apply(file, current -> read(file, bytes, locale, current, false));
	}

	private ImportBatch read(String file, byte[] bytes, Locale locale, StoredGraph.Snapshot current, boolean restore) {
		ImportMessages messages = ImportMessages.of(this.i18n, locale);
		var batch = new ImportBatch(file);
		if (!batch.withinLimit(bytes.length, this.maxBytes, messages)) {
			return batch;
		}
		Set<String> existing = restore ? Set.of()
				: current.nodes().stream().map(node -> node.ref().id()).collect(Collectors.toSet());
		var reader = new DumpReader(file, messages, restore).read(bytes, existing);
		batch.problems.addAll(reader.problems());
		batch.nodes.addAll(reader.nodes);
		batch.relationships.addAll(reader.relationships);
		return batch;
	}

}
