package se.samverkanskartan.network;

import java.util.Arrays;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reading query rows into read-model values, shared by the module's services. */
final class Rows {

	/** The kind labels, passed to queries as $kindLabels to find a node's kind. */
	static final List<String> KIND_LABELS = Arrays.stream(NodeKind.values()).map(NodeKind::label).toList();

	private Rows() {
	}

	/** The node id from the columns {@code <prefix>label} and {@code <prefix>key}. */
	static String nodeId(Record row, String prefix) {
		return new NodeId(NodeKind.ofLabel(row.get(prefix + "label").asString()), row.get(prefix + "key").asString())
			.toString();
	}

	static java.time.LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
