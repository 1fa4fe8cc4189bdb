package org.misconduct.reporting.disclosure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;

/** The {@code after} parameter of the public pages: where the page before ended in the public order. */
final class PublicCursor {

    private static final int MAX_TOKEN_LENGTH = 600;

    private PublicCursor() {
    }

    /**
     * The cursor as it appears in a {@code Link} header: URL-safe and opaque to clients. It holds only what the row
     * discloses and its keyed hash, which reveals nothing of the order of receipt.
     */
    static String token(PublicOrder.Position position) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeNumber(out, position.year());
            writeNumber(out, position.month());
            for (String text : new String[] {position.mission(), position.personnelCategory(),
                    position.nationality(), position.allegationType()}) {
                out.writeBoolean(text != null);
                if (text != null) {
                    out.writeUTF(text);
                }
            }
            byte[] hash = position.disclosureOrder();
            out.writeBoolean(hash != null);
            if (hash != null) {
                out.writeShort(hash.length);
                out.write(hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** The position a cursor names, or empty when it is not one this service issued. */
    static Optional<PublicOrder.Position> position(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            PublicOrder.Position position = new PublicOrder.Position(readNumber(in), readNumber(in), readText(in),
                    readText(in), readText(in), readText(in), readBytes(in));
            return in.available() == 0 ? Optional.of(position) : Optional.empty();
        } catch (IOException | IllegalArgumentException notACursor) {
            return Optional.empty();
        }
    }

    private static void writeNumber(DataOutputStream out, Integer number) throws IOException {
        out.writeBoolean(number != null);
        if (number != null) {
            out.writeInt(number);
        }
    }

    private static Integer readNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] bytes = new byte[in.readUnsignedShort()];
        in.readFully(bytes);
        return bytes;
    }
}
