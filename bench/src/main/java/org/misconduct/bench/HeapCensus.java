package org.misconduct.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service this benchmark started keeps alive: jcmd's class histogram, taken after a full GC, and heap in use. */
final class HeapCensus {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;

    private HeapCensus(long pid) {
        this.pid = pid;
    }

    /** The census of the child process running {@code module}'s jar. */
    static HeapCensus of(String module) {
        return new HeapCensus(ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains(module + ".jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No running " + module)).pid());
    }

    /** Live instances of every class whose name ends with {@code simpleName}, and the heap in use after the GC. */
    String describe(String simpleName) throws IOException, InterruptedException {
        String histogram = jcmd("GC.class_histogram");
        long instances = 0;
        Matcher row = ROW.matcher(histogram);
        while (row.find()) {
            if (row.group(3).endsWith("." + simpleName)) {
                instances += Long.parseLong(row.group(1));
            }
        }
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        String heap = used.find() ? "%.1f MB heap in use".formatted(Long.parseLong(used.group(2)) / 1024.0) : "heap unknown";
        return "%d live %s, %s".formatted(instances, simpleName, heap);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
