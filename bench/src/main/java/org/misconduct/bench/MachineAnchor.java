package org.misconduct.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

import org.misconduct.local.LocalPostgres;

/**
 * How fast the day's machine is, measured before a benchmark starts its services, so that runs of different days can
 * be compared: pgbench's durable inserts, which follow the disk and the database, and the stack's floor
 * ({@link org.misconduct.bench.floor.StackFloor}), which follows what the machine does for a JVM serving HTTP. The
 * two do not move together: on machines of one kind, the floor has answered a third as fast on one day as on another
 * where pgbench lost a third.
 */
final class MachineAnchor {

    private static final int CLIENTS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURED = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** "the machine: pgbench … durable inserts/s and the stack's floor … complaints/s at 8 clients". */
    String measure(LocalPostgres postgres, Path logDirectory) throws Exception {
        DurableInserts pgbench = new DurableInserts(postgres);
        try {
            double inserts = pgbench.perSecond(CLIENTS, MEASURED);
            try (StackFloorProcess floor = StackFloorProcess.start(postgres, pgbench.database(), logDirectory,
                    IntakeBench.COMPLAINT)) {
                LoadRun.Request complaint = () -> IntakeBench.submit(http, floor.submissions());
                LoadRun.run(CLIENTS, WARM_UP, complaint);
                LoadRun.Result complaints = LoadRun.run(CLIENTS, MEASURED, complaint);
                return ("the machine: pgbench %.0f durable inserts/s and the stack's floor %.0f complaints/s"
                        + " at %d clients").formatted(inserts, complaints.perSecond(), CLIENTS);
            }
        } finally {
            pgbench.drop();
        }
    }
}
