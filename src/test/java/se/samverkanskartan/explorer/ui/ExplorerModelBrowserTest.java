package se.samverkanskartan.explorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random sequences of what a user does in the explorer (filters, days, search,
 * selection, ego network, layout, colours, suggestions, table, language), each step done
 * in the page as a person does it. After every step the layout must be spread out with no
 * organisations on top of each other; after the sequence the page must equal a fresh load
 * of the address it ends at. A failure names the seed and the steps.
 */
class ExplorerModelBrowserTest extends BrowserTest {

	private static final int STEPS = 15;

	private static final List<String> DAYS = List.of("2019-06-01", "2021-01-01", "2024-03-01");

	@Autowired
	NetworkService network;

	private record Action(String name, Consumer<ExplorerPage> act) {
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void any_sequence_of_changes_in_the_page_ends_where_a_fresh_load_of_its_address_does(long seed) {
		Random random = new Random(seed);
		List<Action> actions = actions(random);
		List<String> done = new ArrayList<>();
		try (BrowserContext context = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			ExplorerPage explorer = new ExplorerPage(context.newPage()).open(url("/"));
			for (int step = 0; step < STEPS; step++) {
				Action action = actions.get(random.nextInt(actions.size()));
				done.add(action.name());
				String story = "seed " + seed + " after " + String.join(" → ", done);
				try {
					action.act().accept(explorer);
				}
				catch (RuntimeException ex) {
					explorer.page.screenshot(new Page.ScreenshotOptions().setPath(
							java.nio.file.Path.of("target", "screenshots", "explorer-model-seed-" + seed + ".png")));
					throw new AssertionError(story, ex);
				}
				story += " at " + explorer.url();
				ExplorerPage.Drawn drawn = explorer.drawn();
				assertThat(drawn.overlaps()).as("organisations on top of each other, " + story).isZero();
				if (!explorer.url().contains("layout=geographic")) {
					assertThat(drawn.spread()).as("smaller principal axis over the larger, " + story)
						.isGreaterThanOrEqualTo(0.1);
				}
			}
			Page fresh = context.newPage();
			ExplorerPage.Drawn expected = new ExplorerPage(fresh).open(explorer.url()).drawn();
			assertThat(explorer.drawn().content())
				.as("seed " + seed + " after " + String.join(" → ", done) + " at " + explorer.url())
				.isEqualTo(expected.content());
		}
	}

	private List<Action> actions(Random random) {
		List<GraphNode> everyone = this.network.graph(GraphFilter.EVERYTHING).nodes();
		List<Topic> topics = this.network.topics();
		List<String> forums = everyone.stream()
			.filter(node -> node.kind() == NodeKind.FORUM)
			.map(GraphNode::name)
			.toList();
		List<String> municipalities = everyone.stream()
			.filter(node -> node.kind() == NodeKind.MUNICIPALITY)
			.map(GraphNode::name)
			.toList();
		return List.of(new Action("topic", page -> page.toggleInFilter("filter-topic", pick(random, topics).nameSv())),
				new Action("kind",
						page -> page.toggleInFilter("filter-kind",
								pick(random, List.of("Kommun", "Stadsdelsområde", "Aktör", "Forum")))),
				new Action("actor type",
						page -> page.toggleInFilter("filter-actor-type",
								pick(random, List.of("Polis", "Civilsamhälle", "Region", "Länsstyrelse")))),
				new Action("forum", page -> page.toggleInFilter("filter-forum", pick(random, forums))),
				new Action("municipality",
						page -> page.toggleInFilter("filter-municipality", pick(random, municipalities))),
				new Action("evidence",
						page -> page.toggleInFilter("filter-confidence",
								pick(random, List.of("uttryckligen nämnd", "gäller gruppen", "härledd")))),
				new Action("clear topics", page -> page.clearFilter("filter-topic")),
				new Action("clear kinds", page -> page.clearFilter("filter-kind")),
				new Action("hide hubs", page -> page.tick("hide-hubs")),
				new Action("as of", page -> page.typeDay("as-of", pick(random, DAYS))),
				new Action("no as of", page -> page.typeDay("as-of", "")),
				new Action("compare", page -> page.typeDay("compare", pick(random, DAYS))),
				new Action("no compare", page -> page.typeDay("compare", "")),
				new Action("search", page -> page.search(pick(random, municipalities))),
				new Action("click node", page -> {
					if (page.graphShown() && !page.nodeIds().isEmpty()) {
						page.clickNode(pick(random, page.nodeIds()));
					}
				}), new Action("click background", page -> {
					if (page.graphShown()) {
						page.clickBackground();
					}
				}),
				new Action("ego",
						page -> page.choose("ego-select",
								pick(random,
										List.of("Hela nätverket", "1 steg från vald", "2 steg från vald",
												"1 steg, övriga nedtonade")))),
				new Action("layout", page -> page.choose("layout-select",
						pick(random,
								List.of("Kraftbaserad", "Geografisk", "Efter antal samband", "Grupperad efter typ")))),
				new Action("colour",
						page -> page.choose("colour-select", pick(random, List.of("Färg: typ", "Färg: kluster")))),
				new Action("suggestions", page -> page.tick("suggest-toggle")),
				new Action("graph or table",
						page -> page.choose("view-switch", pick(random, List.of("Graf", "Tabell")))),
				new Action("language there and back", page -> {
					page.chooseLanguage("English", "Network");
					page.chooseLanguage("Svenska", "Nätverket");
				}));
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
