package org.misconduct.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs one benchmark against services it starts itself and prints one line of figures with the command.
 * <pre>bench/bench.sh intake [seconds per concurrency]
 * bench/bench.sh queue [cases] [seconds per page]
 * bench/bench.sh clocks [cases] [evidence clock] [deadlines armed beside them] [seconds over which the clocks fall due]
 * bench/bench.sh public [allegations] [seconds per request]
 * bench/bench.sh replay [events]
 * bench/bench.sh flow [complaints per second] [seconds] [seconds of warm-up]
 * bench/bench.sh screening [subjects] [seconds per concurrency]
 * bench/bench.sh samples recording.jfr [last seconds] [frame pattern]</pre>
 */
public final class Bench {

    static final List<Integer> CONCURRENCIES = List.of(1, 8, 32);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("misconduct.root", ".")).toAbsolutePath().normalize();
        String command = "bench/bench.sh " + String.join(" ", args);
        String figures;
        if (args.length >= 1 && args[0].equals("intake")) {
            figures = new IntakeBench(root, Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20)).run();
        } else if (args.length >= 1 && args[0].equals("queue")) {
            figures = new QueueBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000,
                    Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 15)).run();
        } else if (args.length >= 1 && args[0].equals("clocks")) {
            figures = new ClocksBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 1000,
                    Duration.parse(args.length > 2 ? args[2] : "PT120S"), args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000,
                    Duration.ofSeconds(args.length > 4 ? Integer.parseInt(args[4]) : 0)).run();
        } else if (args.length >= 1 && args[0].equals("public")) {
            figures = new PublicBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 10)).run();
        } else if (args.length >= 1 && args[0].equals("replay")) {
            figures = new ReplayBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 200_000).run();
        } else if (args.length >= 1 && args[0].equals("flow")) {
            figures = new FlowBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 30),
                    Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 30)).run();
        } else if (args.length >= 1 && args[0].equals("screening")) {
            figures = new ScreeningBench(root, args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 30)).run();
        } else if (args.length >= 2 && args[0].equals("samples")) {
            figures = new JfrSamples(Path.of(args[1]), Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 60),
                    Pattern.compile(args.length > 3 ? args[3] : "org\\.misconduct\\.")).run();
        } else {
            System.err.println("usage: bench/bench.sh intake [seconds per concurrency, default 20]\n"
                    + "       bench/bench.sh queue [cases, default 1000000] [seconds per page, default 15]\n"
                    + "       bench/bench.sh clocks [cases, default 1000] [evidence clock, default PT120S] [deadlines armed beside them, default 1000000] [seconds over which the clocks fall due, default 0: at once]\n"
                    + "       bench/bench.sh public [allegations, default 100000] [seconds per request, default 10]\n"
                    + "       bench/bench.sh replay [events, default 200000]\n"
                    + "       bench/bench.sh flow [complaints per second, default 100] [seconds, default 30] [seconds of warm-up, default 30]\n"
                    + "       bench/bench.sh screening [subjects, default 100000] [seconds per concurrency, default 30]\n"
                    + "       bench/bench.sh samples <recording.jfr> [last seconds, default 60] [frame pattern, default org\\.misconduct\\.]");
            System.exit(2);
            return;
        }
        System.out.println(figures + " | command: " + command);
    }
}
