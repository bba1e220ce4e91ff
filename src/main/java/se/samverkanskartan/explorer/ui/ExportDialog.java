package se.samverkanskartan.explorer.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkanskartan.exchange.SnapshotFormat;
import se.samverkanskartan.exchange.SnapshotRenderer;

/**
 * Exports exactly the drawn view: the title can be edited first; the positions come from
 * the browser when the dialog opens.
 */
class ExportDialog extends Dialog {

	private final SnapshotRenderer renderer;

	private final GraphCanvas canvas;

	private final TextField title = new TextField();

	private final FlexLayout links = new FlexLayout();

	private final String filterLine;

	private final String provenance;

	private DrawnState drawn;

	ExportDialog(SnapshotRenderer renderer, GraphCanvas canvas, String defaultTitle, String filterLine,
			String provenance) {
		this.renderer = renderer;
		this.canvas = canvas;
		this.filterLine = filterLine;
		this.provenance = provenance;
		addClassName("export-dialog");
		setHeaderTitle(getTranslation("export.title"));
		this.title.setLabel(getTranslation("export.image-title"));
		this.title.setValue(defaultTitle);
		this.title.setMaxLength(120);
		this.title.setWidthFull();
		this.title.addClassName("export-title");
		// Every keystroke reaches the server, so a download started right after typing
		// has the new title
		this.title.setValueChangeMode(ValueChangeMode.EAGER);
		this.links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		this.links.getStyle().set("gap", "var(--lumo-space-m)");
		var waiting = new ProgressBar();
		waiting.setIndeterminate(true);
		this.links.add(waiting);
		add(this.title, new Paragraph(getTranslation("export.help")), this.links);
		getFooter().add(new Button(getTranslation("dialog.close"), event -> close()));
		setWidth("40rem");
		canvas.graph().requestDrawnState(state -> {
			this.drawn = state;
			this.links.removeAll();
			this.links.add(link(SnapshotFormat.PNG, 1, "PNG"), link(SnapshotFormat.PNG, 2, "PNG 2×"),
					link(SnapshotFormat.PNG, 4, "PNG 4×"), link(SnapshotFormat.SVG, 1, "SVG"),
					link(SnapshotFormat.PDF, 1, "PDF"), link(SnapshotFormat.PPTX, 1, "PowerPoint"));
		});
	}

	private Anchor link(SnapshotFormat format, int scale, String text) {
		var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			String chosenTitle = this.title.getValue();
			var snapshot = SnapshotBuilder.build(this.canvas.graph(), this.drawn, this.canvas.legendItems(),
					chosenTitle, this.filterLine, this.provenance);
			byte[] bytes = this.renderer.render(snapshot, format, scale);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(chosenTitle, format, scale),
					format.mediaType(), bytes.length);
		}), text);
		anchor.addClassName("export-" + format.extension() + ((scale > 1) ? "-" + scale + "x" : ""));
		return anchor;
	}

	private static String fileName(String title, SnapshotFormat format, int scale) {
		String base = title.isBlank() ? "samverkanskartan" : title;
		String safe = base.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
		return safe.substring(0, Math.min(safe.length(), 80)).toLowerCase(Locale.ROOT)
				+ ((scale > 1) ? "-" + scale + "x" : "") + "." + format.extension();
	}

}
