package org.misconduct.system;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.misconduct.system.RunningSystem.Service;

/**
 * A unique value planted through one input of the system, to be looked for wherever data goes.
 *
 * @param input  where it was planted, e.g. {@code intake API complaint: description}
 * @param value  what was sent
 * @param needle what is searched for: the random part of the value, so a shortened or reformatted copy is found too
 * @param owner  for the name of an organisation (not personal data): the one service allowed to keep it in plain text;
 *               {@code null} for personal data, which no service keeps in plain text
 */
record Canary(String input, String value, String needle, Service owner) {

    private static final SecureRandom RANDOM = new SecureRandom();


    boolean mayBeReadableIn(Service service) {
        return owner == service;
    }

    @Override
    public String toString() {
        return "canary of " + input + " '" + needle + "'";
    }

    /** The canaries of one run, each made unique. */
    static final class Planted {

        private final List<Canary> all = new ArrayList<>();

        /** A person's name such as {@code Canary-Name-1a2b3c4d}. */
        Canary name(String input) {
            String value = "Canary-Name-" + token();
            return add(new Canary(input, value, value, null));
        }

        /** A phone number; the needle is its digits, so a copy in another format is found too. */
        Canary phone(String input) {
            StringBuilder digits = new StringBuilder("9");
            for (int i = 0; i < 8; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            return add(new Canary(input, "+243 " + digits, digits.toString(), null));
        }

        /** A sentence around a random token, as a narrative, a place or a note would be. */
        Canary narrative(String input, String sentence) {
            String token = "Canary-Text-" + token();
            return add(new Canary(input, sentence.formatted(token), token, null));
        }

        /** The name of an organisation, which the owning service may keep but which must not leave it. */
        Canary organisation(String input, Service owner) {
            String value = "Canary-Organisation-" + token();
            return add(new Canary(input, value, value, owner));
        }

        List<Canary> all() {
            return List.copyOf(all);
        }

        private Canary add(Canary canary) {
            all.add(canary);
            return canary;
        }

        private static String token() {
            return UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
