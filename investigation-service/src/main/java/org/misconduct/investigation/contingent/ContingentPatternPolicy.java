package org.misconduct.investigation.contingent;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.investigation.caseopening.CaseOpened;
import org.misconduct.investigation.caseopening.OpenedCases;
import org.misconduct.investigation.clocks.ClockBreached;
import org.springframework.stereotype.Component;

/** Feeds each contingent's pattern from its cases: referred SEA allegations, and Member States silent past their intent clock. */
@Component
@ProcessingGroup(ContingentPatternPolicy.PROCESSING_GROUP)
@DisallowReplay // a policy acts once: replaying it would send its commands again
class ContingentPatternPolicy {

    static final String PROCESSING_GROUP = "contingent-patterns";

    private final CommandGateway commands;
    private final OpenedCases cases;

    ContingentPatternPolicy(CommandGateway commands, OpenedCases cases) {
        this.commands = commands;
        this.cases = cases;
    }

    @EventHandler
    void on(CaseOpened event) {
        if (!event.allegation().allegationType().isSexualExploitationOrAbuse()) {
            return;
        }
        ContingentUnit.of(event.allegation()).ifPresent(contingent -> commands.sendAndWait(new CountReferredAllegation(
                contingent.contingentId(), contingent, event.caseReference(), event.allegation().receivedAt())));
    }

    @EventHandler
    void on(ClockBreached event) {
        if (event.clock() != ClockName.MEMBER_STATE_INTENT) {
            return;
        }
        cases.find(event.caseReference())
                .flatMap(opened -> ContingentUnit.of(opened.allegation()))
                .ifPresent(contingent -> commands.sendAndWait(new RecordMemberStateSilence(contingent.contingentId(), contingent,
                        event.caseReference())));
    }
}
