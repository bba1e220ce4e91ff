package se.samverkanskartan.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Renders a {@link ViewSnapshot} in any {@link SnapshotFormat}, the same picture in each.
 */
@Component
public class SnapshotRenderer {

	/** PNG scale factors: 1600 × 900, 3200 × 1800, 6400 × 3600 pixels. */
	public static final Set<Integer> PNG_SCALES = Set.of(1, 2, 4);

	public byte[] render(ViewSnapshot snapshot, SnapshotFormat format, int scale) {
		return switch (format) {
			case PNG -> {
				if (!PNG_SCALES.contains(scale)) {
					throw new InvalidParameterException("scale", "scale must be 1, 2 or 4, was " + scale);
				}
				var canvas = new PngCanvas(scale);
				SnapshotLayout.draw(snapshot, canvas);
				yield canvas.finish();
			}
			case SVG -> {
				var canvas = new SvgCanvas();
				SnapshotLayout.draw(snapshot, canvas);
				yield canvas.finish().getBytes(StandardCharsets.UTF_8);
			}
			case PDF -> {
				var canvas = new PdfCanvas(snapshot.title());
				SnapshotLayout.draw(snapshot, canvas);
				yield canvas.finish();
			}
			case PPTX -> {
				Map<String, String> labels = new HashMap<>();
				snapshot.nodes().forEach(node -> labels.put(node.id(), node.label()));
				var canvas = new PptxCanvas(labels);
				SnapshotLayout.draw(snapshot, canvas);
				yield canvas.finish();
			}
		};
	}

}
