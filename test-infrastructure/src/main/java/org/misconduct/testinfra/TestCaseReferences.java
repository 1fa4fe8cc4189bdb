package org.misconduct.testinfra;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.misconduct.contracts.codes.CaseReference;

/**
 * Case references for tests, unique in this JVM and unlikely to meet those of another test JVM on the same broker,
 * since the numbering starts at a random point.
 */
public final class TestCaseReferences {

    private static final int YEAR = 2026;
    private static final AtomicInteger NEXT = new AtomicInteger(100_000 + ThreadLocalRandom.current().nextInt(800_000));

    private TestCaseReferences() {
    }

    public static String next() {
        return new CaseReference(YEAR, NEXT.incrementAndGet()).toString();
    }

    /** A number never handed out twice in this JVM, for names tests make unique with it. */
    public static int uniqueNumber() {
        return NEXT.incrementAndGet();
    }
}
