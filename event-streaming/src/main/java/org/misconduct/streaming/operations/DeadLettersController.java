package org.misconduct.streaming.operations;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins: the letters this service could not handle, retried or set aside with a reason. */
@RestController
@RequestMapping(value = "/api/v1/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Kafka records this service's consumers set aside and event-processor letters: origin, key, type, cause; never content. */
    @GetMapping
    List<DeadLetterView> waiting() {
        return deadLetters.waiting();
    }

    /** 204 when it was handled and is gone; 409 problem when it failed again and still waits, its attempts counted. */
    @PostMapping("/{id}/retry")
    ResponseEntity<?> retry(@PathVariable String id) {
        if (deadLetters.retry(id, actor())) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The letter failed again and still waits; see the service's log for the failure.");
        problem.setTitle("Retry failed");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Sets a letter aside unprocessed, recording who did it and why. */
    @DeleteMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> discard(@PathVariable String id, @Valid @RequestBody Discard discard) {
        deadLetters.discard(id, actor(), discard.reason());
        return ResponseEntity.noContent().build();
    }

    /** As {@code ActingUser.current()}, which reporting cannot load: it runs without Axon's messaging. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** @param reason why the letter is set aside; kept in {@code dead_letter_action}, so it names no person */
    record Discard(@NotBlank @Size(max = 1000) String reason) {
    }
}
