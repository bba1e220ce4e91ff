package se.samverkanskartan.network;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of organisation drawn as nodes. Each has a Neo4j label, the property that
 * holds its external id, and the colour the UI and exports use for it.
 */
public enum NodeKind {

	MUNICIPALITY("Municipality", "code", "#2563eb"), CITY_DISTRICT("CityDistrict", "slug", "#0891b2"),
	ACTOR("Actor", "slug", "#d97706"), FORUM("Forum", "slug", "#7c3aed");

	private final String label;

	private final String keyProperty;

	private final String color;

	NodeKind(String label, String keyProperty, String color) {
		this.label = label;
		this.keyProperty = keyProperty;
		this.color = color;
	}

	public String label() {
		return this.label;
	}

	public String keyProperty() {
		return this.keyProperty;
	}

	public String color() {
		return this.color;
	}

	/** The id prefix and translation key part, e.g. {@code city-district}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static NodeKind ofLabel(String label) {
		return Arrays.stream(values())
			.filter(kind -> kind.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown node label: " + label));
	}

	public static NodeKind ofSlug(String slug) {
		return Arrays.stream(values())
			.filter(kind -> kind.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown node kind: " + slug));
	}

}
