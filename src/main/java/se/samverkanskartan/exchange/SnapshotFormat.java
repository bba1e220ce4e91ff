package se.samverkanskartan.exchange;

/** The formats a view can be exported in, with their file endings and media types. */
public enum SnapshotFormat {

	PNG("png", "image/png"), SVG("svg", "image/svg+xml"), PDF("pdf", "application/pdf"),
	PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final String extension;

	private final String mediaType;

	SnapshotFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
