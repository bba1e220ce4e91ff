package se.samverkanskartan.exchange;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.samverkanskartan.accounts.Role;

/**
 * Imports organisations, ties and survey answers from CSV, XLSX or GraphML: checked first
 * (every problem with file, sheet, row and column; near name matches listed for
 * confirmation), then written in one transaction, all or nothing, merged on external ids.
 */
@Service
public class TableImport {

	private final ImportTransactions transactions;

	private final I18NProvider i18n;

	private final long maxBytes;

	TableImport(ImportTransactions transactions, I18NProvider i18n,
			@Value("${samverkanskartan.import.max-bytes:52428800}") long maxBytes) {
		this.transactions = transactions;
		this.i18n = i18n;
		this.maxBytes = maxBytes;
	}

	/** Whether a file name is one this import reads. */
	public static boolean accepts(String file) {
		String lower = file.toLowerCase(Locale.ROOT);
		return lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".graphml");
	}

	public ImportReport dryRun(String file, byte[] bytes, boolean confirmNearMatches, Locale locale) {
		return this.transactions.dryRun(current -> read(file, bytes, confirmNearMatches, locale, current));
	}

	@PreAuthorize(Role.CAN_EDIT)
	public ImportReport apply(String file, byte[] bytes, boolean confirmNearMatches, Locale locale) {
		return this.transactions.apply(file, current -> read(file, bytes, confirmNearMatches, locale, current));
	}

	private ImportBatch read(String file, byte[] bytes, boolean confirm, Locale locale, StoredGraph.Snapshot current) {
		ImportMessages messages = ImportMessages.of(this.i18n, locale);
		var batch = new ImportBatch(file);
		if (bytes.length == 0) {
			batch.problem("", messages.text("import.problem.empty"));
			return batch;
		}
		if (!batch.withinLimit(bytes.length, this.maxBytes, messages)) {
			return batch;
		}
		var tables = new Tables();
		String lower = file.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			XlsxTables.read(batch, bytes, tables, messages);
		}
		else if (lower.endsWith(".graphml")) {
			GraphmlTables.read(batch, bytes, tables, messages);
		}
		else if (lower.endsWith(".csv")) {
			CsvTables.read(batch, bytes, tables, messages);
		}
		else {
			batch.problem("", messages.text("import.problem.file-type"));
			return batch;
		}
		var rules = new TableRules(batch, current, messages, ActorTypes.of(this.i18n, locale), confirm);
		rules.organisations(tables.rows(Tables.ORGANISATIONS));
		rules.ties(tables.rows(Tables.TIES));
		new SurveyRules(rules).read(tables.rows(Tables.SURVEY), tables.rows(Tables.SURVEY_ABOUT));
		if (batch.problems.isEmpty() && batch.nodes.isEmpty() && batch.relationships.isEmpty()) {
			batch.problem("", messages.text("import.problem.nothing"));
		}
		return batch;
	}

}
