package org.misconduct.intake.followup;

import org.misconduct.domain.NotFound;

/** The same answer for an unknown case and a wrong code, so that neither reveals whether a case exists. */
public class FollowUpNotFound extends NotFound {

    FollowUpNotFound() {
        super("No complaint matches this case reference and follow-up code.");
    }
}
