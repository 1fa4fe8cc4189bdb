package org.misconduct.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Failures of a benchmark's steps, counted by what failed and how ("referral 503", "watching SQLException"). */
final class StepFailures {

    private final Map<String, AtomicLong> byReason = new ConcurrentHashMap<>();

    void record(String reason) {
        byReason.computeIfAbsent(reason, key -> new AtomicLong()).incrementAndGet();
    }

    long total() {
        return byReason.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void clear() {
        byReason.clear();
    }

    @Override
    public String toString() {
        return new TreeMap<>(byReason).toString();
    }
}
