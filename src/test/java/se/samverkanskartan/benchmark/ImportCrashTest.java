package se.samverkanskartan.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the app in the middle of a large import: after a restart the graph holds all
 * of the import or none of it, and importing again succeeds.
 */
class ImportCrashTest {

	private static final List<String> JVM_FLAGS = List.of("--add-opens", "java.base/java.nio=ALL-UNNAMED",
			"--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
			"--enable-native-access=ALL-UNNAMED", "-Xmx2g");

	@TempDir
	Path data;

	@Test
	void a_killed_import_leaves_all_or_nothing_and_can_be_run_again() throws Exception {
		Process importing = child("import");
		List<String> seen = new ArrayList<>();
		try (var lines = new BufferedReader(
				new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null && !line.equals("TIES")) {
				seen.add(line);
			}
			assertThat(line).as("the child reached the ties import; its output: %s", seen).isEqualTo("TIES");
			// The ties take seconds to check and write; this lands in the middle
			Thread.sleep(700);
			importing.destroyForcibly();
			assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		// 137 is SIGKILL's: the child had not finished (it ends with System.exit(0))
		assertThat(importing.exitValue()).as("killed by SIGKILL during the import").isEqualTo(137);

		Process checking = child("check");
		String output = new String(checking.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(checking.waitFor(5, TimeUnit.MINUTES)).isTrue();
		long before = number(output, "BEFORE (\\d+)");
		long after = number(output, "AFTER (\\d+)");
		long expected = number(output, "OF (\\d+)");
		assertThat(after).as(output).isEqualTo(expected).isPositive();
		assertThat(before).as("ties after the crash: all of the import or none of it").isIn(0L, expected);
	}

	private Process child(String mode) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_FLAGS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), mode,
				this.data.toString()));
		Files.createDirectories(this.data);
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static long number(String output, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(output);
		assertThat(matcher.find()).as("%s in: %s", regex, output).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
