package org.misconduct.investigation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.misconduct.domain.NotFound;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class DecisionRightsTest {

    @Test
    void everyOperationAddressedToACaseHasItsDecisionRightWrittenDown() {
        List<String> unwritten = new ArrayList<>();
        for (String operation : caseOperations()) {
            String[] methodAndPattern = operation.split(" ", 2);
            Map<String, String> variables = Map.of("clock", "investigation");
            if (DecisionRights.actionOf(methodAndPattern[0], methodAndPattern[1], variables).isEmpty()) {
                unwritten.add(operation);
            }
        }
        assertThat(caseOperations()).hasSizeGreaterThan(10);
        assertThat(unwritten).as("operations on a case without a decision right: refused to everyone").isEmpty();
    }

    @Test
    void moreTimeToInvestigateIsTheInvestigatorsAndMoreTimeForTheMemberStateADecision() {
        assertThat(extension("investigation")).contains(CaseAction.INVESTIGATE);
        assertThat(extension("member-state-intent")).contains(CaseAction.DECIDE);
        assertThat(extension("nio-appointment")).contains(CaseAction.DECIDE);
        assertThat(extension("member-state-action")).contains(CaseAction.DECIDE);
        assertThat(extension("evidence-preservation")).isEmpty();
        assertThatThrownBy(() -> extension("stopwatch")).isInstanceOf(NotFound.class);
    }

    @Test
    void anOperationNotWrittenDownIsNobodys() {
        assertThat(DecisionRights.actionOf("DELETE", DecisionRights.CASE, Map.of())).isEmpty();
    }

    @Test
    void subjectsAreReadWithTheCaseNamedByItsInvestigatorsAndErasedByADecision() {
        assertThat(DecisionRights.actionOf("GET", DecisionRights.CASE + "/subjects", Map.of())).contains(CaseAction.READ);
        assertThat(DecisionRights.actionOf("POST", DecisionRights.CASE + "/subjects", Map.of())).contains(CaseAction.INVESTIGATE);
        assertThat(DecisionRights.actionOf("DELETE", DecisionRights.CASE + "/subjects/{subjectId}/identity", Map.of()))
                .contains(CaseAction.DECIDE);
    }

    private static java.util.Optional<CaseAction> extension(String clock) {
        return DecisionRights.actionOf("POST", DecisionRights.CASE + "/clocks/{clock}/extension", Map.of("clock", clock));
    }

    private static List<String> caseOperations() {
        List<String> operations = new ArrayList<>();
        for (JavaClass controller : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.misconduct.investigation")) {
            if (!controller.isAnnotatedWith(RestController.class)) {
                continue;
            }
            Class<?> type = controller.reflect();
            String base = type.isAnnotationPresent(RequestMapping.class) ? type.getAnnotation(RequestMapping.class).value()[0] : "";
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GetMapping.class)) {
                    add(operations, "GET", base, method.getAnnotation(GetMapping.class).value());
                } else if (method.isAnnotationPresent(PostMapping.class)) {
                    add(operations, "POST", base, method.getAnnotation(PostMapping.class).value());
                } else if (method.isAnnotationPresent(DeleteMapping.class)) {
                    add(operations, "DELETE", base, method.getAnnotation(DeleteMapping.class).value());
                }
            }
        }
        return operations;
    }

    private static void add(List<String> operations, String method, String base, String[] paths) {
        String path = base + (paths.length == 0 ? "" : paths[0]);
        if (path.startsWith(DecisionRights.CASE)) {
            operations.add(method + " " + path);
        }
    }
}
