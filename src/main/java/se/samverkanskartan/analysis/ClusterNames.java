package se.samverkanskartan.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Names users gave clusters, stored by the signature of the member set. */
@Component
class ClusterNames {

	private final Neo4jClient neo4j;

	ClusterNames(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	static String signature(List<String> memberIds) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join(",", memberIds.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<String, String> all() {
		return this.neo4j.query("MATCH (c:ClusterName) RETURN c.signature AS signature, c.name AS name")
			.fetch()
			.all()
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("signature"), row -> (String) row.get("name")));
	}

	void rename(String signature, String name) {
		if (name == null) {
			this.neo4j.query("MATCH (c:ClusterName {signature: $signature}) DELETE c")
				.bind(signature)
				.to("signature")
				.run();
			return;
		}
		this.neo4j.query("MERGE (c:ClusterName {signature: $signature}) SET c.name = $name, c.renamedAt = datetime()")
			.bindAll(Map.of("signature", signature, "name", name))
			.run();
	}

}
