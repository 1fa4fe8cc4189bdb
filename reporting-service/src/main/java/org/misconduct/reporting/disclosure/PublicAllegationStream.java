package org.misconduct.reporting.disclosure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes public rows to a response as they come, as a JSON array or as CSV, without gathering them first. */
final class PublicAllegationStream {

    private PublicAllegationStream() {
    }

    /** @param rows hands each row, in order, to the consumer it is given */
    static void json(Consumer<Consumer<PublicAllegation>> rows, ObjectMapper objectMapper, OutputStream out) throws IOException {
        try (JsonGenerator json = objectMapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            rows.accept(row -> write(() -> json.writeObject(row)));
            json.writeEndArray();
        }
    }

    static void csv(Consumer<Consumer<PublicAllegation>> rows, OutputStream out) throws IOException {
        try (Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.write(PublicAllegationCsv.header());
            rows.accept(row -> write(() -> csv.write(PublicAllegationCsv.line(row))));
        }
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Write {
        void run() throws IOException;
    }
}
