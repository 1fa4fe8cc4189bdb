package org.misconduct.investigation.access;

import java.util.Optional;

import org.misconduct.domain.NotFound;
import org.misconduct.investigation.caseopening.OpenedCases;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * A national investigation officer's token carries {@code member_state}: such an investigator sees
 * only cases about that state's personnel, everywhere in the API. Another state's case answers 404,
 * exactly like a case that does not exist. The case's nationality is read from its opening event, so
 * the check holds from the moment the case exists. The web layer applies it to every request addressed
 * to a case before the request's body is read, so what the body holds cannot tell the two apart.
 */
@Component
public class MemberStateScope {

    public static final String MEMBER_STATE_CLAIM = "member_state";

    private final OpenedCases cases;

    MemberStateScope(OpenedCases cases) {
        this.cases = cases;
    }

    public static Optional<String> memberStateOf(Jwt token) {
        return token == null ? Optional.empty() : Optional.ofNullable(token.getClaimAsString(MEMBER_STATE_CLAIM));
    }

    /** Throws {@link NotFound} if the case does not exist, or the token is scoped to a Member State and the case is not about it. */
    public void requireVisible(String caseReference, Jwt token) {
        Optional<String> memberState = memberStateOf(token);
        boolean visible = cases.find(caseReference)
                .map(opened -> memberState.map(state -> state.equals(opened.allegation().nationality())).orElse(true))
                .orElse(false);
        if (!visible) {
            throw new NotFound("No case " + caseReference);
        }
    }
}
