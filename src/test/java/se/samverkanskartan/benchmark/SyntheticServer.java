package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the app on a throwaway database holding one synthetic size, to try the explorer
 * at scale by hand: {@code ./mvnw -Pbenchmark test-compile exec:exec
 * -Dbenchmark.class=SyntheticServer -Dbenchmark.sizes=national}. Reading is open to
 * everyone; Ctrl-C stops it and the database is deleted.
 */
public final class SyntheticServer {

	private SyntheticServer() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		SyntheticNetwork size = SyntheticNetwork.named(System.getProperty("benchmark.sizes", "national").split(",")[0]);
		Path data = Files.createTempDirectory("samverkanskartan-synthetic-");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				org.springframework.util.FileSystemUtils.deleteRecursively(data);
			}
			catch (IOException ex) {
				System.err.println("Could not delete " + data + ": " + ex.getMessage());
			}
		}));
		ConfigurableApplicationContext app = Benchmark.start(data, "--samverkanskartan.security.anonymous-read=true");
		Benchmark.load(app, size.generate());
		System.out.println("Synthetic " + size.name() + " network at http://localhost:"
				+ app.getEnvironment().getProperty("local.server.port") + "/");
		Thread.currentThread().join();
	}

}
