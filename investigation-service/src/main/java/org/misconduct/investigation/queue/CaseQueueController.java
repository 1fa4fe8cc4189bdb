package org.misconduct.investigation.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.access.Caller;
import org.misconduct.investigation.outcome.CaseOutcomesReader;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Investigators' queue. A national investigation officer's token carries {@code member_state};
 * such an investigator sees only cases about that state's personnel.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseQueueController {

    static final int DEFAULT_PAGE_SIZE = 100;

    private final CaseQueue queue;
    private final CaseOutcomesReader outcomes;

    CaseQueueController(CaseQueue queue, CaseOutcomesReader outcomes) {
        this.queue = queue;
        this.outcomes = outcomes;
    }

    /**
     * The body stays a plain array of cases; a {@code Link} header points to the next and previous pages.
     * {@code limit} is the older name of {@code size}.
     */
    @GetMapping("/queue")
    ResponseEntity<List<CaseQueueItem>> queue(@RequestParam(defaultValue = "any") String assignee,
                                              @RequestParam(required = false) String entity,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                              @RequestParam(required = false) @Min(1) @Max(CaseQueue.MAX_PAGE) Integer size,
                                              @RequestParam(required = false) @Min(1) @Max(CaseQueue.MAX_PAGE) Integer limit,
                                              Caller caller) {
        if (!"me".equals(assignee) && !"any".equals(assignee)) {
            throw new InvalidRequest("assignee", "must be me or any");
        }
        if (size != null && limit != null && !size.equals(limit)) {
            throw new InvalidRequest("limit", "is another name for size; give one of them");
        }
        int pageSize = size != null ? size : limit != null ? limit : DEFAULT_PAGE_SIZE;
        Optional<String> onlyMine = "me".equals(assignee) ? Optional.of(caller.username()) : Optional.empty();
        CaseQueue.Page result = queue.openCases(onlyMine, Optional.ofNullable(entity), caller.memberState(), page, pageSize);
        List<String> links = new ArrayList<>();
        if (result.hasNext()) {
            links.add(link(page + 1, pageSize, "next"));
        }
        if (page > 0) {
            links.add(link(page - 1, pageSize, "prev"));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return response.body(result.cases());
    }

    /** A Member State's investigator reaches this only for that state's cases: the scope is checked before. */
    @GetMapping("/{caseReference}")
    CaseDetail get(@PathVariable String caseReference) {
        CaseQueueItem item = queue.find(caseReference).orElseThrow(() -> new NotFound("No case " + caseReference));
        return new CaseDetail(item, outcomes.read(caseReference));
    }

    private static String link(int page, int size, String relation) {
        String target = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("limit")
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toUriString();
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
