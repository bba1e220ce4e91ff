package se.samverkanskartan.network;

/**
 * A node's id in read models and URLs: its kind and external id, e.g.
 * {@code municipality:0180} or {@code forum:bron}.
 *
 * @param kind the organisation's kind
 * @param key the municipality code or the slug
 */
public record NodeId(NodeKind kind, String key) {

	public static NodeId parse(String text) {
		int colon = (text != null) ? text.indexOf(':') : -1;
		if (colon <= 0 || colon == text.length() - 1) {
			throw new IllegalArgumentException("Not a node id (expected kind:key): " + text);
		}
		return new NodeId(NodeKind.ofSlug(text.substring(0, colon)), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return this.kind.slug() + ":" + this.key;
	}

}
