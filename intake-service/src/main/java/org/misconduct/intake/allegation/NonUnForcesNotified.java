package org.misconduct.intake.allegation;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The authorities answering for the non-UN forces concerned were notified. Revision 2 names each authority with its
 * kind ({@code authorities}) and says whether the first notification met the {@code non-un-notification} clock
 * ({@code withinClock}, null for a later one); revision 1 held one name in {@code authority}.
 */
@Revision("2")
public record NonUnForcesNotified(String caseReference, String mission, String authority, Instant notifiedAt,
                                  List<NotifiedAuthority> authorities, Boolean withinClock) {

    /** Every authority this notification named, also from a revision 1 event. */
    public List<NotifiedAuthority> named() {
        if (authorities != null && !authorities.isEmpty()) {
            return authorities;
        }
        return authority == null ? List.of() : List.of(new NotifiedAuthority(null, authority));
    }
}
