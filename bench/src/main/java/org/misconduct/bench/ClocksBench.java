package org.misconduct.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.local.LocalKafkaBroker;
import org.misconduct.local.LocalPostgres;
import org.misconduct.local.ServiceProcess;
import org.misconduct.streaming.CloudEventCodec;

/**
 * Durable clocks through investigation-service's jar: referrals of SEA allegations open cases whose evidence clock
 * (shortened to {@code due}) then breaches for every one of them. Prints how fast the cases opened and how late each
 * breach was recorded after its due time. With no {@code spread} they are all received at the same instant, so all
 * their clocks fall due at once; with one, their receipts are spaced evenly over the {@code spread} before the
 * referrals are sent, so their clocks fall due one after another over as long, the last {@code due} after sending.
 * <p>
 * Before the referrals, {@code armed} deadlines that fall due over the next six months are put beside them, so that
 * the due ones are found and fired among a realistic backlog of armed ones. They are copies of a real deadline, the
 * investigation clock of one case opened first, written into db-scheduler's table in one statement (arming a million
 * through a million cases would take hours here); none may fire during the run.
 */
final class ClocksBench {

    private static final String DATABASE = "investigation_clocks_bench" + System.getenv().getOrDefault("MISCONDUCT_TEST_DATABASE_SUFFIX", "");
    private static final Duration GIVE_UP = Duration.ofMinutes(8);
    /** The case whose far-future deadline is copied; left out of every figure. */
    private static final String TEMPLATE = "ALG-2026-999999";
    /** Case numbers a year holds for the benchmark's cases (the template takes the last); later cases go a year back. */
    private static final int CASES_A_YEAR = 999_998;
    /** Above this many cases, waits poll seldom and say how far they are, so that counting does not load the run. */
    private static final int LARGE = 20_000;

    private final Path root;
    private final int cases;
    private final Duration due;
    private final int armed;
    private final Duration spread;

    ClocksBench(Path root, int cases, Duration due, int armed, Duration spread) {
        if (cases < 1 || cases > 2 * CASES_A_YEAR || armed < 0 || spread.isNegative() || spread.compareTo(due) >= 0) {
            throw new IllegalArgumentException("cases must be 1 to " + 2 * CASES_A_YEAR + ", armed deadlines 0 or more, and the spread "
                    + "of due times 0 or more and shorter than the evidence clock");
        }
        this.spread = spread;
        this.root = root;
        this.cases = cases;
        this.due = due;
        this.armed = armed;
    }

    String run() throws Exception {
        LocalPostgres postgres = LocalPostgres.startOrConnect();
        LocalKafkaBroker kafka = new LocalKafkaBroker(Ports.freePair(), Ports.freePair(), Files.createTempDirectory("bench-kafka-"));
        ServiceProcess investigation = null;
        try (BenchIssuer issuer = new BenchIssuer()) {
            kafka.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(Topics.INTAKE, 4, (short) 1))).all().get();
            }
            postgres.recreateDatabase(DATABASE);
            Map<String, String> environment = ServiceProcess.environment(postgres.jdbcUrl(DATABASE), postgres.username(),
                    postgres.password(), kafka.bootstrapServers(), issuer.issuer());
            environment.put("PERSONAL_DATA_KEY_ENCRYPTION_KEY", Ports.randomKey());
            environment.put("SCREENING_BLIND_INDEX_KEY", Ports.randomKey());
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            environment.put("JAVA_TOOL_OPTIONS", ServiceJvm.options("investigation-service"));
            environment.put("SPRING_APPLICATION_JSON", "{\"misconduct.clocks.evidence-preservation\": \"%s\"}".formatted(due));
            investigation = new ServiceProcess(root, "investigation-service", Ports.freePair(), environment, root.resolve(".local/logs/bench"));
            investigation.start();

            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
                 Statement statement = connection.createStatement()) {
                String beside = armBeside(kafka.bootstrapServers(), connection);
                boolean autovacuum = "on".equals(Statistics.autovacuum(connection));
                Instant sent = Instant.now();
                refer(kafka.bootstrapServers(), IntStream.rangeClosed(1, cases)
                        .mapToObj(n -> referral(caseReference(n), receivedAt(sent, n))).toList());
                Instant lastDue = sent.plus(due);
                Duration opening = awaitCount(statement, "SELECT count(*) FROM case_view WHERE case_reference <> '" + TEMPLATE + "'",
                        "opened", sent, Collections.max(List.of(Instant.now().plus(GIVE_UP), lastDue)), autovacuum);
                awaitCount(statement, "SELECT count(*) FROM case_clock_view WHERE clock = 'evidence-preservation' AND breached AND case_reference <> '"
                        + TEMPLATE + "'", "breached", sent, lastDue.plus(GIVE_UP), autovacuum);
                return "clocks %s %d cores, %d SEA cases%s, evidence clock %s%s, %s: opened in %.1f s (%.1f cases/s); %s%s".formatted(
                        LocalDate.now(), Runtime.getRuntime().availableProcessors(), cases, beside, due, spreadText(),
                        autovacuum ? "statistics by autovacuum" : "autovacuum off, database analysed each time a count doubled",
                        opening.toMillis() / 1000.0,
                        cases * 1000.0 / Math.max(1, opening.toMillis()), BreachLag.of(statement, TEMPLATE), stillArmed(statement))
                        + BreachLag.lateMinutes(statement, TEMPLATE);
            }
        } finally {
            if (investigation != null) {
                investigation.stop();
            }
            kafka.stop();
            postgres.dropDatabase(DATABASE);
            postgres.stop();
        }
    }

    /**
     * Opens the template case, received long enough ago that only its far-future clocks are still armed, and writes
     * {@code armed} copies of its latest deadline, due one after another over the next six months.
     */
    private String armBeside(String bootstrapServers, Connection connection) throws Exception {
        if (armed == 0) {
            return "";
        }
        Instant template = Instant.now().minus(Duration.ofDays(1));
        refer(bootstrapServers, List.of(referral(TEMPLATE, template)));
        try (Statement statement = connection.createStatement()) {
            awaitOne(statement, "SELECT count(*) FROM case_view WHERE case_reference = '" + TEMPLATE + "'");
        }
        Instant start = Instant.now();
        try (PreparedStatement copy = connection.prepareStatement("""
                INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
                SELECT t.task_name, t.task_instance || '-beside-' || n, t.task_data,
                       now() + interval '1 day' + n * (interval '180 days' / ?), false, 1, t.priority
                FROM (SELECT * FROM scheduled_tasks ORDER BY execution_time DESC LIMIT 1) t, generate_series(1, ?) n""");
             Statement statement = connection.createStatement()) {
            copy.setInt(1, armed);
            copy.setInt(2, armed);
            copy.executeUpdate();
            statement.execute("ANALYZE scheduled_tasks");
        }
        return " among %d armed deadlines (written in %.1f s)".formatted(armed, Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    /** The n-th case's reference: numbered within 2026, and within 2025 beyond a year's worth. */
    private static String caseReference(int n) {
        return "ALG-%d-%06d".formatted(2026 - (n - 1) / CASES_A_YEAR, (n - 1) % CASES_A_YEAR + 1);
    }

    /** The n-th case's receipt: all at {@code sent}, or spaced evenly over the spread before it. */
    private Instant receivedAt(Instant sent, int n) {
        return sent.minus(spread).plus(spread.multipliedBy(n).dividedBy(cases));
    }

    private String spreadText() {
        return spread.isZero() ? ", all falling due at once"
                : ", falling due one after another over %d s (%.0f a second)".formatted(spread.toSeconds(),
                        cases / (double) Math.max(1, spread.toSeconds()));
    }

    private static AllegationReferred referral(String caseReference, Instant receivedAt) {
        return new AllegationReferred(caseReference, "MINUSCA", "SA", "TRANSACTIONAL_SEX", "INT", null, null, 1, false,
                "NORMAL", "OIOS", receivedAt, receivedAt);
    }

    private static void refer(String bootstrapServers, List<AllegationReferred> referrals) throws Exception {
        CloudEventCodec codec = PublishedEvents.codec();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            for (AllegationReferred referred : referrals) {
                producer.send(new ProducerRecord<>(Topics.INTAKE, referred.caseReference(),
                        codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now())));
            }
            producer.flush();
        }
    }

    /**
     * The deadlines still armed once every evidence clock breached: the cases' later clocks (none due for months), and
     * whether every deadline written beside the cases is still armed: none may have fired months early.
     */
    private String stillArmed(Statement statement) throws Exception {
        long own = count(statement, "SELECT count(*) FROM scheduled_tasks WHERE task_name LIKE 'AxonDeadline%' AND task_instance NOT LIKE '%-beside-%'");
        String theirs = "; %d of the cases' later deadlines still armed".formatted(own);
        if (armed == 0) {
            return theirs;
        }
        return theirs + ", and %d of the %d armed beside them".formatted(
                count(statement, "SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE '%-beside-%'"), armed);
    }

    private static void awaitOne(Statement statement, String count) throws Exception {
        Instant giveUpAt = Instant.now().plus(GIVE_UP);
        while (count(statement, count) < 1) {
            if (Instant.now().isAfter(giveUpAt)) {
                throw new IllegalStateException("Not there within " + GIVE_UP + ": " + count);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Waits until the count reaches the cases; returns how long that took since {@code since}. Many cases are counted
     * every ten seconds, with their progress on the error stream. Where autovacuum does not run, the database's
     * statistics are refreshed each time the count has doubled, in its stead.
     */
    private Duration awaitCount(Statement statement, String count, String what, Instant since, Instant giveUpAt,
                                boolean autovacuum) throws Exception {
        boolean large = cases > LARGE;
        long analysedAt = 1000;
        long reached;
        while ((reached = count(statement, count)) < cases) {
            if (Instant.now().isAfter(giveUpAt)) {
                throw new IllegalStateException("Only " + reached + " of " + cases + " " + what + " by " + giveUpAt + ": " + count);
            }
            if (large) {
                System.err.printf("%s %s: %d of %d%n", Instant.now(), what, reached, cases);
                if (!autovacuum && reached >= 2 * analysedAt) {
                    Statistics.analyse(statement.getConnection());
                    analysedAt = reached;
                }
            }
            Thread.sleep(large ? 10_000 : 200);
        }
        return Duration.between(since, Instant.now());
    }

    private static long count(Statement statement, String count) throws Exception {
        try (ResultSet result = statement.executeQuery(count)) {
            result.next();
            return result.getLong(1);
        }
    }
}
