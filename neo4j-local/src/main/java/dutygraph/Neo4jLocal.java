package dutygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j Community server for machines without Docker: the embedded database with its Bolt
 * connector on 127.0.0.1, authentication on.
 *
 * <ul>
 *   <li>NEO4J_LOCAL_PORT: the Bolt port (default 7687; 0 picks a free one, printed in the ready line).
 *   <li>NEO4J_LOCAL_DATA: the data folder, kept; unset, a fresh temporary folder deleted on exit.
 *   <li>NEO4J_PASSWORD: the password of user neo4j (required; Neo4j wants at least 8 characters).
 * </ul>
 *
 * Prints exactly one line on stdout, {@code neo4j ready at bolt://127.0.0.1:PORT}, once a driver
 * has connected with those credentials; the launcher (server/cli/neo4j-local.ts) waits for it.
 * SIGTERM and SIGINT shut the database down cleanly through the JVM's shutdown hook.
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) fail("NEO4J_PASSWORD is not set: give the password for user neo4j");
        int port = parsePort(System.getenv().getOrDefault("NEO4J_LOCAL_PORT", "7687"));
        String dataSetting = System.getenv("NEO4J_LOCAL_DATA");
        boolean temporary = dataSetting == null || dataSetting.isBlank();
        Path home = temporary ? Files.createTempDirectory("dutygraph-neo4j-") : Path.of(dataSetting).toAbsolutePath();
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Sized for a laptop or a 2-core CI machine that also runs the tests.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            if (temporary) deleteTree(home);
            System.err.println("neo4j stopped");
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        try {
            setPassword(dbms, password);
            int boundPort = boundBoltPort(dbms, port);
            String uri = "bolt://" + HOST + ":" + boundPort;
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password), Config.builder().withoutEncryption().build())) {
                driver.verifyConnectivity();
            }
            System.out.println("neo4j ready at " + uri);
            System.out.flush();
        } catch (RuntimeException e) {
            // Neo4j's own threads would keep the JVM alive: exit, which runs the shutdown hook.
            System.err.println("error: the local Neo4j could not start: " + e);
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * The embedded API runs as an all-powerful user, so it may set the password of neo4j (created
     * by Neo4j on first start) and drop the "change it on first login" flag. A kept data folder
     * may already have this password, which Neo4j refuses to set again.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e;
    }

    /** The port Bolt listens on: the configured one, or the one the OS chose for port 0. */
    private static int boundBoltPort(DatabaseManagementService dbms, int configured) {
        if (configured != 0) return configured;
        var api = (org.neo4j.kernel.internal.GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var ports = api.getDependencyResolver().resolveDependency(org.neo4j.configuration.connectors.ConnectorPortRegister.class);
        return ports.getLocalAddress(org.neo4j.configuration.connectors.ConnectorType.BOLT).getPort();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("NEO4J_LOCAL_PORT \"" + text + "\" is not a port number (0-65535)");
        return -1;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
