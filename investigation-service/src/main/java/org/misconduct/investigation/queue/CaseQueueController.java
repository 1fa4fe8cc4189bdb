package org.misconduct.investigation.queue;

import java.util.List;
import java.util.Optional;

import org.misconduct.investigation.cases.MemberStateScope;
import org.misconduct.web.InvalidRequest;
import org.misconduct.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investigators' queue. A national investigation officer's token carries {@code member_state};
 * such an investigator sees only cases about that state's personnel.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseQueueController {

    private final CaseQueue queue;

    CaseQueueController(CaseQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/queue")
    List<CaseQueueItem> queue(@RequestParam(defaultValue = "any") String assignee,
                              @RequestParam(required = false) String entity,
                              @RequestParam(defaultValue = "100") int limit,
                              @AuthenticationPrincipal Jwt token) {
        if (!"me".equals(assignee) && !"any".equals(assignee)) {
            throw new InvalidRequest("assignee", "must be me or any");
        }
        Optional<String> onlyMine = "me".equals(assignee) ? Optional.of(token.getClaimAsString("preferred_username")) : Optional.empty();
        return queue.openCases(onlyMine, Optional.ofNullable(entity), memberStateOf(token), limit);
    }

    @GetMapping("/{caseReference}")
    CaseQueueItem get(@PathVariable String caseReference, @AuthenticationPrincipal Jwt token) {
        Optional<String> memberState = memberStateOf(token);
        return queue.find(caseReference)
                .filter(item -> memberState.isEmpty() || memberState.get().equals(item.nationality()))
                .orElseThrow(() -> new NotFound("No case " + caseReference));
    }

    private static Optional<String> memberStateOf(Jwt token) {
        return MemberStateScope.memberStateOf(token);
    }
}
