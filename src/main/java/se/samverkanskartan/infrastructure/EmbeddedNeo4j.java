package se.samverkanskartan.infrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community, so that the app needs nothing but a JDK. The app's
 * driver reaches it over Bolt on 127.0.0.1, which requires the password this class is
 * given (by default a random one that only this process knows); Cypher cannot read local
 * files.
 */
public final class EmbeddedNeo4j implements InProcessNeo4j, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/**
	 * The database user the app and people connect as (named in the ALTER USER statement
	 * too).
	 */
	static final String USER = "neo4j";

	private final CompletableFuture<DatabaseManagementService> dbms;

	private final int configuredBoltPort;

	private final String password;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> dbms, int configuredBoltPort, String password) {
		this.dbms = dbms;
		this.configuredBoltPort = configuredBoltPort;
		this.password = password;
	}

	/**
	 * Starts the database and waits for it, or explains in one message why it cannot.
	 * @param dataDir the database directory (created when missing)
	 * @param boltPort the Bolt port on 127.0.0.1, 0 for any free port
	 * @param password the password Bolt requires for {@value #USER}
	 * @return the running database
	 */
	public static EmbeddedNeo4j start(Path dataDir, int boltPort, String password) {
		EmbeddedNeo4j neo4j = startInBackground(dataDir, boltPort, password);
		neo4j.awaitStarted();
		return neo4j;
	}

	/**
	 * Starts the database on another thread, so that the rest of the application starts
	 * meanwhile; {@link #awaitStarted()} waits for it.
	 */
	public static EmbeddedNeo4j startInBackground(Path dataDir, int boltPort, String password) {
		if (password == null || password.length() < 8) {
			throw new IllegalArgumentException("The Bolt password must have at least 8 characters");
		}
		var dbms = CompletableFuture.supplyAsync(() -> build(dataDir, boltPort, password),
				runnable -> Thread.ofPlatform().name("embedded-neo4j-start").start(runnable));
		return new EmbeddedNeo4j(dbms, boltPort, password);
	}

	/** Waits until the database accepts connections, or throws why it cannot. */
	public void awaitStarted() {
		try {
			this.dbms.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static DatabaseManagementService build(Path dataDir, int boltPort, String password) {
		Path home = dataDir.toAbsolutePath().normalize();
		log.info("Starting embedded Neo4j in {} with Bolt on 127.0.0.1:{}", home, boltPort);
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// LOAD CSV FROM 'file:///proc/self/environ' would read the app's secrets
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
				// Without this, Bolt's Netty waits about 10 s before Ctrl-C completes
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, home, boltPort);
		}
		// In-process calls need no login; this sets the one Bolt asks for, on every start
		// (through a random one first: Neo4j refuses to "change" a password to itself)
		var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		for (String next : new String[] { java.util.UUID.randomUUID().toString(), password }) {
			system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", next));
		}
		return dbms;
	}

	private static int actualBoltPort(DatabaseManagementService dbms) {
		var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	private static Neo4jStartupException explain(RuntimeException failure, Path home, int boltPort) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return new Neo4jStartupException(
						"The Neo4j data directory " + home + " is locked by another running instance.",
						"Stop the other instance, or set NEO4J_EMBEDDED_DATA_DIR to another directory.", failure);
			}
			if (cause instanceof PortBindException || cause instanceof java.net.BindException) {
				return new Neo4jStartupException(
						"The embedded Neo4j cannot listen on 127.0.0.1:" + boltPort
								+ " because the port is already in use.",
						"Stop what uses the port, or set NEO4J_EMBEDDED_BOLT_PORT to another port (0 picks a free one).",
						failure);
			}
		}
		return new Neo4jStartupException("The embedded Neo4j in " + home + " failed to start: " + failure.getMessage(),
				"Check the directory's permissions and free disk space, or point NEO4J_URI at a Neo4j server.",
				failure);
	}

	/** The Bolt URI; known at once for a fixed port, after the start for port 0. */
	public URI boltUri() {
		int port = (this.configuredBoltPort != 0) ? this.configuredBoltPort : actualBoltPort(this.dbms.join());
		return URI.create("bolt://127.0.0.1:" + port);
	}

	/** How to log in over Bolt. */
	public AuthToken boltAuth() {
		return AuthTokens.basic(USER, this.password);
	}

	@Override
	public GraphDatabaseService database() {
		awaitStarted();
		return this.dbms.join().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Override
	public void close() {
		this.dbms.thenAccept(started -> {
			log.info("Stopping embedded Neo4j");
			started.shutdown();
		}).exceptionally(failure -> null).join();
	}

}
