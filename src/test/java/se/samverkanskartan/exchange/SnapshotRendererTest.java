package se.samverkanskartan.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import se.samverkanskartan.network.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotRendererTest {

	private static final String XSS = "<script>alert('x')</script>";

	private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

	private final SnapshotRenderer renderer = new SnapshotRenderer();

	static ViewSnapshot snapshot() {
		List<ViewSnapshot.Node> nodes = new ArrayList<>(List.of(
				new ViewSnapshot.Node("municipality:0117", "Österåker", 0, 0, 16, "#2563eb", "ellipse", true),
				new ViewSnapshot.Node("municipality:0125", "Ekerö", 200, 50, 16, "#2563eb", "ellipse", true),
				new ViewSnapshot.Node("actor:x", XSS, 100, 200, 18, "#d97706", "round-rectangle", true),
				new ViewSnapshot.Node("forum:bron", FORMULA, 300, 150, 24, "#7c3aed", "diamond", true),
				new ViewSnapshot.Node("city-district:bromma", "Bromma", 50, 300, 18, "#0891b2", "hexagon", false)));
		List<ViewSnapshot.Edge> edges = List.of(
				new ViewSnapshot.Edge("municipality:0117", "municipality:0125", "#dc2626", false),
				new ViewSnapshot.Edge("actor:x", "forum:bron", "#a8a29e", true));
		List<ViewSnapshot.LegendItem> legend = List.of(
				new ViewSnapshot.LegendItem("Typ av organisation", "", ViewSnapshot.Mark.HEADING),
				new ViewSnapshot.LegendItem("Kommun", "#2563eb", ViewSnapshot.Mark.SWATCH),
				new ViewSnapshot.LegendItem("Våldsbejakande extremism", "#dc2626", ViewSnapshot.Mark.LINE));
		return new ViewSnapshot("Samverkan i Stockholms län – våldsbejakande extremism", "Områden: Unga · Kommuner",
				"Källa: Storsthlm 2020 · Leiden, frö 2020", LocalDate.of(2026, 11, 24), nodes, edges, legend);
	}

	@Test
	void png_has_the_requested_size_and_is_not_blank() throws Exception {
		for (int scale : List.of(1, 2)) {
			BufferedImage image = ImageIO
				.read(new ByteArrayInputStream(this.renderer.render(snapshot(), SnapshotFormat.PNG, scale)));
			assertThat(image.getWidth()).isEqualTo(1600 * scale);
			assertThat(image.getHeight()).isEqualTo(900 * scale);
			long coloured = 0;
			for (int x = 0; x < image.getWidth(); x += 4) {
				for (int y = 0; y < image.getHeight(); y += 4) {
					coloured += ((image.getRGB(x, y) & 0xffffff) != 0xffffff) ? 1 : 0;
				}
			}
			assertThat(coloured).as("non-white samples at scale " + scale).isGreaterThan(500);
		}
		assertThatThrownBy(() -> this.renderer.render(snapshot(), SnapshotFormat.PNG, 3))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void svg_parses_and_holds_every_visible_label_escaped() throws Exception {
		byte[] svg = this.renderer.render(snapshot(), SnapshotFormat.SVG, 1);
		String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);

		assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		NodeList texts = document.getElementsByTagName("text");
		List<String> contents = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			contents.add(texts.item(i).getTextContent());
		}
		// Bromma's label, hidden on screen, fits on the page
		assertThat(contents).contains("Österåker", "Ekerö", XSS, FORMULA, "Bromma",
				"Samverkan i Stockholms län – våldsbejakande extremism");
		assertThat(document.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(2);
		assertThat(document.getElementsByTagName("polygon").getLength()).isEqualTo(2);
	}

	@Test
	void labels_with_no_free_place_around_their_node_are_left_out_the_best_connected_kept() {
		List<ViewSnapshot.Node> nodes = new ArrayList<>();
		nodes.add(new ViewSnapshot.Node("a", "Första långa namnet", 0, 0, 16, "#000000", "ellipse", true));
		for (int i = 0; i < 7; i++) {
			nodes.add(new ViewSnapshot.Node("n" + i, "Ett annat långt namn " + i, 0.2 * i, 0.1 * i, 16, "#000000",
					"ellipse", true));
		}
		nodes.add(new ViewSnapshot.Node("c", "Långt bort", 500, 500, 16, "#000000", "ellipse", true));
		var crowded = new ViewSnapshot("T", "F", "P", LocalDate.of(2026, 1, 1), nodes,
				List.of(new ViewSnapshot.Edge("a", "c", "#000000", false)), List.of());

		String svg = new String(this.renderer.render(crowded, SnapshotFormat.SVG, 1),
				java.nio.charset.StandardCharsets.UTF_8);

		List<String> labels = PictureCheck.svgTexts(svg, "label");
		assertThat(labels).contains("Första långa namnet", "Långt bort").hasSizeLessThan(nodes.size());
	}

	@Test
	void pptx_draws_one_native_shape_per_node_and_editable_labels() throws Exception {
		byte[] pptx = this.renderer.render(snapshot(), SnapshotFormat.PPTX, 1);

		try (var show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
			List<XSLFShape> shapes = show.getSlides().get(0).getShapes();
			List<String> nodeShapes = shapes.stream()
				.filter(XSLFAutoShape.class::isInstance)
				.map(XSLFShape::getShapeName)
				.filter(name -> name.startsWith(PptxCanvas.NODE_PREFIX))
				.toList();
			assertThat(nodeShapes).hasSize(5).contains("Nod: Österåker", "Nod: " + XSS);
			List<String> texts = shapes.stream()
				.filter(XSLFTextShape.class::isInstance)
				.map(shape -> ((XSLFTextShape) shape).getText())
				.toList();
			assertThat(texts).contains("Ekerö", XSS, FORMULA, "Samverkan i Stockholms län – våldsbejakande extremism");
			assertThat(shapes).anyMatch(org.apache.poi.xslf.usermodel.XSLFConnectorShape.class::isInstance);
		}
	}

	@Test
	void pdf_opens_and_its_text_has_the_swedish_letters() throws Exception {
		byte[] pdf = this.renderer.render(snapshot(), SnapshotFormat.PDF, 1);

		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Österåker", "Ekerö", "våldsbejakande extremism", "Storsthlm 2020");
			assertThat(document.getDocumentInformation().getTitle()).startsWith("Samverkan i Stockholms län");
		}
	}

	private static final List<String> TOPIC_COLORS = List.of("#a16207", "#dc2626", "#2563eb");

	/** Two municipalities with three topics between them, and a lone actor. */
	static ViewSnapshot threeTopicsOnOnePair(ViewSnapshot.Backdrop backdrop) {
		List<ViewSnapshot.Node> nodes = List.of(
				new ViewSnapshot.Node("municipality:0117", "Österåker", 0, 0, 16, "#64748b", "ellipse", true, 1),
				new ViewSnapshot.Node("municipality:0187", "Vaxholm", 400, 0, 16, "#64748b", "ellipse", true, 1),
				new ViewSnapshot.Node("actor:lone", "Lokalpolisområde Haninge/Nynäshamn", 200, 300, 18, "#d97706",
						"round-rectangle", true, null));
		List<ViewSnapshot.Edge> edges = TOPIC_COLORS.stream()
			.map(color -> new ViewSnapshot.Edge("municipality:0117", "municipality:0187", color, false))
			.toList();
		List<ViewSnapshot.LegendItem> legend = TOPIC_COLORS.stream()
			.map(color -> new ViewSnapshot.LegendItem("Tema " + color, color, ViewSnapshot.Mark.LINE))
			.toList();
		return new ViewSnapshot("T", "F", "P", LocalDate.of(2026, 1, 1), nodes, edges, legend, backdrop);
	}

	@Test
	void several_topics_on_one_pair_each_show_their_colour_on_the_page() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(
				this.renderer.render(threeTopicsOnOnePair(ViewSnapshot.Backdrop.NONE), SnapshotFormat.PNG, 2)));

		// Left of the legend: only the ties carry these colours there
		for (String color : TOPIC_COLORS) {
			assertThat(PictureCheck.pixelsOf(image, color, 0, (int) (image.getWidth() * 0.6))).as("pixels of " + color)
				.isGreaterThan(200);
		}
	}

	@Test
	void long_labels_wrap_as_on_screen_and_keep_every_word() throws Exception {
		String svg = new String(
				this.renderer.render(threeTopicsOnOnePair(ViewSnapshot.Backdrop.NONE), SnapshotFormat.SVG, 1),
				java.nio.charset.StandardCharsets.UTF_8);

		List<String> lines = PictureCheck.svgTexts(svg, "label");
		assertThat(lines).contains("Lokalpolisområde", "Haninge/Nynäshamn");
	}

	@Test
	void labels_on_the_slide_are_at_least_10_points_and_never_overlap() throws Exception {
		byte[] pptx = this.renderer.render(threeTopicsOnOnePair(ViewSnapshot.Backdrop.NONE), SnapshotFormat.PPTX, 1);

		try (var show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
			var labels = PictureCheck.labels(show);
			assertThat(labels).hasSize(3);
			assertThat(labels).allSatisfy(label -> assertThat(label.points()).isGreaterThanOrEqualTo(10));
			assertThat(PictureCheck.overlaps(labels)).isZero();
			assertThat(labels).anyMatch(label -> label.text().equals("Lokalpolisområde Haninge/Nynäshamn"));
		}
	}

	@Test
	void a_legend_longer_than_the_page_wraps_into_columns_and_nothing_is_cut() throws Exception {
		List<ViewSnapshot.LegendItem> legend = new ArrayList<>();
		legend.add(new ViewSnapshot.LegendItem("Samverkan om", "", ViewSnapshot.Mark.HEADING));
		for (int i = 0; i < 40; i++) {
			legend.add(new ViewSnapshot.LegendItem("Förebyggande och främjande arbete riktat mot unga, nummer " + i,
					"#16a34a", ViewSnapshot.Mark.LINE));
		}
		var snapshot = new ViewSnapshot("T", "F", "P", LocalDate.of(2026, 1, 1), snapshot().nodes(), snapshot().edges(),
				legend);

		try (var show = new XMLSlideShow(
				new ByteArrayInputStream(this.renderer.render(snapshot, SnapshotFormat.PPTX, 1)))) {
			var drawn = PictureCheck.legendTexts(show);
			for (ViewSnapshot.LegendItem item : legend) {
				assertThat(drawn).as("legend entries drawn whole").contains(item.label());
			}
			assertThat(PictureCheck.legendBounds(show).getMaxY()).isLessThan(show.getPageSize().getHeight());
		}
	}

	@Test
	void cluster_outlines_are_drawn_in_the_export() throws Exception {
		String svg = new String(
				this.renderer.render(threeTopicsOnOnePair(ViewSnapshot.Backdrop.NONE), SnapshotFormat.SVG, 1),
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(svg).contains("stroke=\"" + SnapshotLayout.blend("#64748b", 0.55) + "\"");
	}

	@Test
	void the_map_draws_every_municipality_with_its_shading_and_names_its_source() throws Exception {
		var stockholm = se.samverkanskartan.network.CountyMap.builtIn().areas();
		List<ViewSnapshot.Area> areas = stockholm.stream()
			.map(area -> new ViewSnapshot.Area(area.name(), area.rings(),
					area.code().equals("0187") ? "#7bccc4" : null))
			.toList();
		var snapshot = threeTopicsOnOnePair(
				new ViewSnapshot.Backdrop(areas, "Kommungränser: SCB, Digitala gränser (CC BY 4.0)", true, null));

		String svg = new String(this.renderer.render(snapshot, SnapshotFormat.SVG, 1),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg.split("fill-rule=\"evenodd\" fill=\"#f8fafc\"", -1)).hasSize(26);
		assertThat(svg).contains("fill-rule=\"evenodd\" fill=\"#7bccc4\"",
				"Kommungränser: SCB, Digitala gränser (CC BY 4.0)");
		try (var document = Loader.loadPDF(this.renderer.render(snapshot, SnapshotFormat.PDF, 1))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Kommungränser: SCB");
		}
		try (var show = new XMLSlideShow(
				new ByteArrayInputStream(this.renderer.render(snapshot, SnapshotFormat.PPTX, 1)))) {
			long freeforms = show.getSlides()
				.get(0)
				.getShapes()
				.stream()
				.filter(org.apache.poi.xslf.usermodel.XSLFFreeformShape.class::isInstance)
				.count();
			// 26 municipalities, three arcs
			assertThat(freeforms).isGreaterThanOrEqualTo(29);
		}
		BufferedImage image = ImageIO
			.read(new ByteArrayInputStream(this.renderer.render(snapshot, SnapshotFormat.PNG, 1)));
		assertThat(PictureCheck.pixelsOf(image, "#7bccc4", 0, (int) (image.getWidth() * 0.7))).isGreaterThan(100);
	}

}
