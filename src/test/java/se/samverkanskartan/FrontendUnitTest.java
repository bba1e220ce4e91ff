package se.samverkanskartan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.vaadin.flow.server.frontend.FrontendTools;
import com.vaadin.flow.server.frontend.FrontendToolsSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TypeScript unit tests ({@code frontend/**}{@code /*.spec.ts}, beside the pure
 * modules they test) run by Node's own test runner, and type-checked strictly with
 * {@code tsconfig.spec.json}. Node is the one Vaadin's build uses (found or installed by
 * Vaadin's FrontendTools); TypeScript and Node's types are installed into
 * {@code target/frontend-test} from the npm registry.
 */
class FrontendUnitTest {

	private static final Path TOOLS = Path.of("target", "frontend-test");

	/** The versions Vaadin's own build uses, and Node's types for the tests. */
	private static final List<String> PACKAGES = List.of("typescript@6.0.3", "@types/node@24", "cytoscape@3.34.4");

	private static FrontendTools frontend;

	@BeforeAll
	static void findNode() {
		String project = Path.of("").toAbsolutePath().toString();
		frontend = new FrontendTools(new FrontendToolsSettings(project,
				() -> Path.of(System.getProperty("user.home"), ".vaadin").toString()));
	}

	@Test
	void the_pure_modules_pass_their_unit_tests() throws Exception {
		List<String> command = new ArrayList<>(List.of(frontend.getNodeExecutable(), "--test", "--test-reporter=tap"));
		command.addAll(specs());

		Result result = run(command);

		assertThat(specs()).as("spec files").isNotEmpty();
		assertThat(result.exitCode()).as("node --test\n" + result.output()).isZero();
		assertThat(result.output()).contains("# fail 0").doesNotContain("# pass 0");
	}

	@Test
	void the_modules_and_their_tests_type_check_strictly() throws Exception {
		Path tsc = TOOLS.resolve("node_modules/typescript/bin/tsc");
		if (!Files.exists(tsc) || !Files.exists(TOOLS.resolve("node_modules/@types/node"))) {
			List<String> install = new ArrayList<>(frontend.getNpmExecutable());
			install.addAll(List.of("install", "--no-audit", "--no-fund", "--no-save", "--prefix", TOOLS.toString()));
			install.addAll(PACKAGES);
			Files.createDirectories(TOOLS);
			Result installed = run(install);
			assertThat(installed.exitCode()).as("npm install\n" + installed.output()).isZero();
		}

		Result result = run(List.of(frontend.getNodeExecutable(), tsc.toString(), "-p", "tsconfig.spec.json"));

		assertThat(result.exitCode()).as("tsc -p tsconfig.spec.json\n" + result.output()).isZero();
	}

	private static List<String> specs() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
			return files.filter(file -> file.toString().endsWith(".spec.ts"))
				.filter(file -> !file.startsWith(Path.of("frontend", "generated")))
				.map(Path::toString)
				.sorted()
				.toList();
		}
	}

	private record Result(int exitCode, String output) {
	}

	private static Result run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		System.out.println(output);
		return new Result(process.exitValue(), output);
	}

}
