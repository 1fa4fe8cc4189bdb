package org.misconduct.investigation.measures;

import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Conduct officers' view of the money held back from troop- and police-contributing countries. */
@RestController
class PaymentSuspensionController {

    private final PaymentSuspensions suspensions;

    PaymentSuspensionController(PaymentSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @GetMapping("/api/v1/payments/suspensions")
    List<PaymentSuspensions.Sum> suspensions(@RequestParam(required = false) String nationality) {
        return suspensions.perMemberState(Optional.ofNullable(nationality));
    }
}
