package se.samverkanskartan.benchmark;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The app in a process of its own, for {@link ImportCrashTest}: {@code import} loads the
 * national network (and is killed during the ties); {@code check} reports how many
 * synthetic ties survived, imports again and reports the count after.
 */
public final class ImportChild {

	static final String COUNT_TIES = """
			MATCH (a:Organisation)-[r:COOPERATES_WITH]->(:Organisation)
			WHERE a.name STARTS WITH 'Syn '
			RETURN count(r) AS ties""";

	private ImportChild() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[1]);
		SyntheticNetwork.Files files = SyntheticNetwork.NATIONAL.generate();
		ConfigurableApplicationContext app = Benchmark.start(data);
		if ("import".equals(args[0])) {
			Benchmark.load(app, files, () -> System.out.println("TIES"));
			System.out.println("DONE");
		}
		else {
			System.out.println("BEFORE " + ties(app));
			Benchmark.load(app, files, () -> {
			});
			System.out.println("AFTER " + ties(app) + " OF " + files.cooperationTies());
		}
		System.out.flush();
		app.close();
		System.exit(0);
	}

	private static long ties(ConfigurableApplicationContext app) {
		return app.getBean(Neo4jClient.class).query(COUNT_TIES).fetchAs(Long.class).one().orElse(-1L);
	}

}
