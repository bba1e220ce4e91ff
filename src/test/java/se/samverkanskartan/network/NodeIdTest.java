package se.samverkanskartan.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NodeIdTest {

	@Test
	void a_node_id_reads_back_as_it_was_written() {
		NodeId id = NodeId.parse("city-district:hasselby-vallingby");

		assertThat(id.kind()).isEqualTo(NodeKind.CITY_DISTRICT);
		assertThat(id.key()).isEqualTo("hasselby-vallingby");
		assertThat(id).hasToString("city-district:hasselby-vallingby");
	}

	@Test
	void a_malformed_node_id_names_itself_in_the_error() {
		assertThatIllegalArgumentException().isThrownBy(() -> NodeId.parse("0180")).withMessageContaining("0180");
		assertThatIllegalArgumentException().isThrownBy(() -> NodeId.parse("planet:earth"))
			.withMessageContaining("planet");
	}

}
