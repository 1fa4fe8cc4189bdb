package org.misconduct.victimassistance.registry;

import jakarta.validation.constraints.NotNull;

record ConsentRequest(@NotNull Boolean shareWithInvestigators) {
}
