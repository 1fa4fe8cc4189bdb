package org.misconduct.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU went, from a JFR recording a benchmark's service made ({@code BENCH_SERVICE_JVM}): its
 * execution samples of the recording's last seconds (the measured run, not the start-up and warm-up), counted per
 * thread (numbers in names folded) and per frame on the stack (a frame once per sample, however deep it recurs), for
 * the frames whose class and method match a pattern.
 */
final class JfrSamples {

    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final int SHOWN = 60;

    private final Path recording;
    private final Duration lastPart;
    private final Pattern frames;

    JfrSamples(Path recording, Duration lastPart, Pattern frames) {
        this.recording = recording;
        this.lastPart = lastPart;
        this.frames = frames;
    }

    String run() throws IOException {
        Instant since = lastSample().minus(lastPart);
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> onStack = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!isSample(event) || event.getStartTime().isBefore(since)) {
                    continue;
                }
                samples++;
                threads.merge(threadOf(event), 1, Integer::sum);
                framesOf(event).forEach(frame -> onStack.merge(frame, 1, Integer::sum));
            }
        }
        return "samples of " + recording.getFileName() + ", its last " + lastPart.toSeconds() + " s: " + samples
                + "\nthreads:\n" + shares(threads, samples) + "\nframes matching " + frames + ":\n" + shares(onStack, samples);
    }

    private Instant lastSample() throws IOException {
        Instant last = Instant.MIN;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (isSample(event) && event.getStartTime().isAfter(last)) {
                    last = event.getStartTime();
                }
            }
        }
        return last;
    }

    private static boolean isSample(RecordedEvent event) {
        return event.getEventType().getName().equals(EXECUTION_SAMPLE) && event.getStackTrace() != null;
    }

    private static String threadOf(RecordedEvent event) {
        RecordedThread thread = event.getThread("sampledThread");
        String name = thread == null ? "?" : thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name.replaceAll("[-#]?\\d+", "N");
    }

    private Set<String> framesOf(RecordedEvent event) {
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            if (frames.matcher(name).find()) {
                seen.add(name);
            }
        }
        return seen;
    }

    private static String shares(Map<String, Integer> counts, int samples) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SHOWN)
                .map(entry -> "%7d %5.1f %% %s".formatted(entry.getValue(), 100.0 * entry.getValue() / Math.max(1, samples),
                        entry.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
