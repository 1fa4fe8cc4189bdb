package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The newest link of a store's chain.
 *
 * @param chain       the chain's identity, drawn when it was created
 * @param globalIndex the newest chained global index, -1 while nothing is chained
 * @param link        its link
 * @param count       how many events the chain holds
 */
public record ChainHead(String chain, long globalIndex, ChainLink link, long count) {

    /** The head, with every row of the chain counted. */
    static ChainHead read(Connection connection) throws SQLException {
        return read(connection, Optional.empty());
    }

    /**
     * The head, with the rows after the given checkpoint counted and added to the count it published: counting the
     * whole chain each time would read every row. Rows lost before the checkpoint are the verification's to find.
     */
    static ChainHead read(Connection connection, Optional<Checkpoint> countedUpTo) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT (SELECT chain::text FROM event_chain_origin),
                       newest.globalindex, newest.link, (SELECT count(*) FROM event_chain WHERE globalindex > ?)
                FROM (SELECT 1) one LEFT JOIN (SELECT globalindex, link FROM event_chain ORDER BY globalindex DESC LIMIT 1) newest ON true""")) {
            query.setLong(1, countedUpTo.map(Checkpoint::globalIndex).orElse(-1L));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                byte[] link = row.getBytes(3);
                long count = countedUpTo.map(Checkpoint::count).orElse(0L) + row.getLong(4);
                return link == null
                        ? new ChainHead(row.getString(1), -1, ChainLink.START, 0)
                        : new ChainHead(row.getString(1), row.getLong(2), new ChainLink(link), count);
            }
        }
    }
}
