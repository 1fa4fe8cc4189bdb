package org.misconduct.investigation.access;

import static org.misconduct.web.RealmRoles.AUDITOR;
import static org.misconduct.web.RealmRoles.CONDUCT_OFFICER;
import static org.misconduct.web.RealmRoles.INVESTIGATOR;
import static org.misconduct.web.RealmRoles.NATIONAL_INVESTIGATOR;

import java.util.EnumSet;
import java.util.Set;

import org.misconduct.contracts.codes.InvestigatingEntity;

/**
 * Who may take which action on which case. Whoever is held to account never decides the account: investigators
 * establish facts where their body investigates, a Member State's officer only on its own state's cases that the state
 * investigates, conduct officers take the decisions, auditors read. A national investigator sees nothing of another
 * state's case: it answers as a case that does not exist. Everything not allowed here is refused.
 */
public final class CaseAccessPolicy {

    /** What the caller gets: the action, a refusal (403), or the same answer as for a case that does not exist (404). */
    public enum Decision { ALLOWED, FORBIDDEN, NOT_FOUND }

    private static final Set<InvestigatingEntity> UN_BODIES = EnumSet.of(InvestigatingEntity.OIOS, InvestigatingEntity.MISSION);
    private static final Set<InvestigatingEntity> MEMBER_STATE_BODIES =
            EnumSet.of(InvestigatingEntity.NIO, InvestigatingEntity.TCC, InvestigatingEntity.PCC);

    private CaseAccessPolicy() {
    }

    public static Decision decide(Caller caller, CaseAction action, CaseFacts facts) {
        if (isNationalInvestigatorOnly(caller) && !ownState(caller, facts)) {
            return Decision.NOT_FOUND;
        }
        return allowedByAnyRole(caller, action, facts) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    private static boolean allowedByAnyRole(Caller caller, CaseAction action, CaseFacts facts) {
        return caller.holds(INVESTIGATOR) && investigatorMay(action, facts)
                || caller.holds(NATIONAL_INVESTIGATOR) && ownState(caller, facts) && nationalInvestigatorMay(action, facts)
                || caller.holds(CONDUCT_OFFICER) && (action == CaseAction.READ || action == CaseAction.DECIDE)
                || caller.holds(AUDITOR) && action == CaseAction.READ;
    }

    private static boolean investigatorMay(CaseAction action, CaseFacts facts) {
        return action == CaseAction.READ
                || action == CaseAction.INVESTIGATE && UN_BODIES.contains(facts.investigatingEntity());
    }

    private static boolean nationalInvestigatorMay(CaseAction action, CaseFacts facts) {
        return action == CaseAction.READ
                || action == CaseAction.INVESTIGATE && MEMBER_STATE_BODIES.contains(facts.investigatingEntity());
    }

    private static boolean isNationalInvestigatorOnly(Caller caller) {
        return caller.holds(NATIONAL_INVESTIGATOR) && !caller.holds(CONDUCT_OFFICER) && !caller.holds(AUDITOR);
    }

    private static boolean ownState(Caller caller, CaseFacts facts) {
        return caller.memberState().isPresent() && caller.memberState().get().equals(facts.nationality());
    }
}
