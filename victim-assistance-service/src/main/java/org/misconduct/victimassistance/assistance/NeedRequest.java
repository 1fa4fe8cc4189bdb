package org.misconduct.victimassistance.assistance;

import jakarta.validation.constraints.NotNull;
import org.misconduct.victimassistance.victim.NeedKind;

record NeedRequest(@NotNull NeedKind kind) {
}
