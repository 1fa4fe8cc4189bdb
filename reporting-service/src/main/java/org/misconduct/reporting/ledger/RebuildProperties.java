package org.misconduct.reporting.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a rebuild writes the projections that gather their rows.
 *
 * @param heldRows how many rows a rebuild keeps in memory at most before it writes the least recently touched: more
 *                 rows held is fewer reads and writes, at about a kilobyte of heap each
 */
@ConfigurationProperties("misconduct.reporting.rebuild")
public record RebuildProperties(@DefaultValue("10000") int heldRows) {

    public RebuildProperties {
        if (heldRows < 1) {
            throw new IllegalArgumentException("misconduct.reporting.rebuild.held-rows must be at least 1");
        }
    }
}
