package org.misconduct.intake.triage;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.NonUnAuthorityKind;
import org.misconduct.intake.allegation.NotifiedAuthority;
import org.misconduct.web.InvalidRequest;

/**
 * The authorities notified: each named with its kind in {@code authorities}, or one named in {@code authority} (with
 * its {@code kind} if given), as the first version of this request had it.
 */
record NonUnNotificationRequest(@Size(max = 200) String authority,
                                NonUnAuthorityKind kind,
                                @Size(max = 10) List<@Valid @NotNull Authority> authorities) {

    record Authority(@NotNull NonUnAuthorityKind kind, @NotBlank @Size(max = 200) String name) {
    }

    /** @throws InvalidRequest when no authority is named, or one is named both ways */
    List<NotifiedAuthority> notified() {
        boolean named = authority != null && !authority.isBlank();
        boolean listed = authorities != null && !authorities.isEmpty();
        if (named == listed) {
            throw new InvalidRequest(named ? "authorities" : "authority",
                    "name the authorities notified, either in authority or in authorities");
        }
        return named ? List.of(new NotifiedAuthority(kind, authority.strip()))
                : authorities.stream().map(listedOne -> new NotifiedAuthority(listedOne.kind(), listedOne.name().strip())).toList();
    }
}
