package org.misconduct.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The codes of the public contract are written once, here: a service that types one again as a string literal
 * would drift from the contract unseen. Scans the main sources of every module beside this one.
 */
class CodesStayInContractsTest {

    /** Tooling, not product: they name databases and processes, not codes. */
    private static final Set<String> NOT_SCANNED = Set.of("contracts", "local-runtime", "test-infrastructure", "system-tests", "bench");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noMainSourceOutsideContractsTypesACodeOfTheContract() throws IOException {
        Set<String> codes = codes();
        List<String> found = new ArrayList<>();
        for (Path source : mainSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int number = 0; number < lines.size(); number++) {
                if (isComment(lines.get(number))) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(lines.get(number));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (codes.contains(text) || text.contains("ALG-")) {
                        found.add(moduleRoot().relativize(source) + ":" + (number + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("literals of contract codes; use org.misconduct.contracts.codes instead").isEmpty();
    }

    @Test
    void theScanSeesTheServices() {
        assertThat(mainSources()).anyMatch(path -> path.toString().contains("investigation-service"));
        assertThat(codes()).contains("evidence-preservation", "SUBSTANTIATED", "MC", "OIOS", "REPATRIATION");
    }

    /** Documentation may name a code; only code that types one again drifts. */
    private static boolean isComment(String line) {
        String text = line.strip();
        return text.startsWith("*") || text.startsWith("/*") || text.startsWith("//");
    }

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        Stream.of(ClockName.class, PersonnelCategory.class, AllegationType.class, SeaCategory.class, Finding.class,
                        InvestigatingEntity.class, Priority.class, Channel.class, ClosureReason.class, ActionKind.class,
                        ActionBy.class, CriminalAuthority.class, AgeGroup.class, InterimMeasureKind.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .forEach(code -> codes.add(code.name()));
        Arrays.stream(ClockName.values()).map(ClockName::wireName).forEach(codes::add);
        return codes;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> modules = Files.list(moduleRoot())) {
            List<Path> sources = new ArrayList<>();
            for (Path module : modules.filter(path -> !NOT_SCANNED.contains(path.getFileName().toString())).toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maven runs the tests in this module's directory; its parent holds every module. */
    private static Path moduleRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
