package org.misconduct.investigation.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.access.Caller;
import org.misconduct.investigation.outcome.CaseOutcomesReader;
import org.misconduct.web.InvalidRequest;
import org.misconduct.web.PageLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

    static final int DEFAULT_PAGE_SIZE = 100;

    private final CaseQueue queue;
    private final CaseOutcomesReader outcomes;

    CaseQueueController(CaseQueue queue, CaseOutcomesReader outcomes) {
        this.queue = queue;
        this.outcomes = outcomes;
    }

    /**
     * The body stays a plain array of cases; a {@code Link} header points to the next and previous pages. The next
     * page's link carries the cursor {@code after} (where this page ended), which makes a page as cheap to read as the
     * first however deep it is; {@code page} still finds a page by number, and beside {@code after} only numbers it
     * for the previous page's link. {@code limit} is the older name of {@code size}.
     */
    @GetMapping("/queue")
    ResponseEntity<List<CaseQueueItem>> queue(@RequestParam(defaultValue = "any") String assignee,
                                              @RequestParam(required = false) String entity,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                              @RequestParam(required = false) @Min(1) @Max(CaseQueue.MAX_PAGE) Integer size,
                                              @RequestParam(required = false) @Min(1) @Max(CaseQueue.MAX_PAGE) Integer limit,
                                              @RequestParam(required = false) String after,
                                              Caller caller) {
        if (!"me".equals(assignee) && !"any".equals(assignee)) {
            throw new InvalidRequest("assignee", "must be me or any");
        }
        if (size != null && limit != null && !size.equals(limit)) {
            throw new InvalidRequest("limit", "is another name for size; give one of them");
        }
        Optional<QueuePosition> position = after == null ? Optional.empty() : Optional.of(QueuePosition.of(after)
                .orElseThrow(() -> new InvalidRequest("after", "must be a cursor from the queue's Link header")));
        int pageSize = size != null ? size : limit != null ? limit : DEFAULT_PAGE_SIZE;
        Optional<String> onlyMine = "me".equals(assignee) ? Optional.of(caller.username()) : Optional.empty();
        Optional<String> onlyEntity = Optional.ofNullable(entity);
        CaseQueue.Page result = position
                .map(from -> queue.openCasesAfter(onlyMine, onlyEntity, caller.memberState(), from, pageSize))
                .orElseGet(() -> queue.openCases(onlyMine, onlyEntity, caller.memberState(), page, pageSize));
        PageLinks links = new PageLinks();
        result.last().ifPresent(last -> links.add("next", parameters(page + 1, pageSize, last.token())));
        if (page > 0) {
            links.add("prev", parameters(page - 1, pageSize, null));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        links.header().ifPresent(header -> response.header(HttpHeaders.LINK, header));
        return response.body(result.cases());
    }

    private static Map<String, Object> parameters(int page, int size, String after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("limit", null);
        parameters.put("page", page);
        parameters.put("size", size);
        parameters.put("after", after);
        return parameters;
    }

    /** A Member State's investigator reaches this only for that state's cases: the scope is checked before. */
    @GetMapping("/{caseReference}")
    CaseDetail get(@PathVariable String caseReference) {
        CaseQueueItem item = queue.find(caseReference).orElseThrow(() -> new NotFound("No case " + caseReference));
        return new CaseDetail(item, outcomes.read(caseReference));
    }
}
