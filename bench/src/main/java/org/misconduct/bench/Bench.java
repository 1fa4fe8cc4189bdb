package org.misconduct.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs one benchmark against services it starts itself and prints one line of figures with the command.
 * <pre>bench/bench.sh intake [seconds per concurrency]</pre>
 */
public final class Bench {

    static final List<Integer> CONCURRENCIES = List.of(1, 8, 32);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].equals("intake")) {
            System.err.println("usage: bench/bench.sh intake [seconds per concurrency, default 20]");
            System.exit(2);
        }
        Duration perConcurrency = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        Path root = Path.of(System.getProperty("misconduct.root", ".")).toAbsolutePath().normalize();
        String command = "bench/bench.sh " + String.join(" ", args);
        System.out.println(new IntakeBench(root, perConcurrency).run() + " | command: " + command);
    }
}
