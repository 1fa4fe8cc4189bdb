package org.misconduct.investigation.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sums of suspended payments per Member State and currency; amounts in different currencies are never added up. */
@Component
class PaymentSuspensions {

    private final JdbcTemplate jdbc;

    PaymentSuspensions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param suspended   every amount ever suspended
     * @param held        still suspended, awaiting a finding
     * @param transferred sent to the victims' Trust Fund after a substantiated finding
     * @param released    paid out to the Member State
     */
    record Sum(String nationality, String currency, long suspensions, BigDecimal suspended, BigDecimal held,
               BigDecimal transferred, BigDecimal released) {
    }

    List<Sum> perMemberState(Optional<String> nationality) {
        StringBuilder sql = new StringBuilder("""
                SELECT nationality, currency, count(*) AS suspensions, sum(amount) AS suspended,
                       coalesce(sum(amount) FILTER (WHERE state = 'SUSPENDED'), 0) AS held,
                       coalesce(sum(amount) FILTER (WHERE state = 'TRANSFERRED'), 0) AS transferred,
                       coalesce(sum(amount) FILTER (WHERE state = 'RELEASED'), 0) AS released
                FROM payment_suspension_view""");
        List<Object> arguments = new ArrayList<>();
        nationality.ifPresent(value -> {
            sql.append(" WHERE nationality = ?");
            arguments.add(value);
        });
        sql.append(" GROUP BY nationality, currency ORDER BY nationality, currency");
        return jdbc.query(sql.toString(), (row, index) -> new Sum(row.getString("nationality"), row.getString("currency"),
                row.getLong("suspensions"), plain(row.getBigDecimal("suspended")), plain(row.getBigDecimal("held")),
                plain(row.getBigDecimal("transferred")), plain(row.getBigDecimal("released"))), arguments.toArray());
    }

    /** Without the column's padding zeros, and never in exponent form (1000, not 1E+3). */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
