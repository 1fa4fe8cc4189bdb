package org.misconduct.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The newest link of a store's chain.
 *
 * @param chain       the chain's identity, drawn when it was created
 * @param globalIndex the newest chained global index, -1 while nothing is chained
 * @param link        its link
 * @param count       how many events the chain holds
 */
public record ChainHead(String chain, long globalIndex, ChainLink link, long count) {

    static ChainHead read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT (SELECT chain::text FROM event_chain_origin),
                       newest.globalindex, newest.link, (SELECT count(*) FROM event_chain)
                FROM (SELECT 1) one LEFT JOIN (SELECT globalindex, link FROM event_chain ORDER BY globalindex DESC LIMIT 1) newest ON true""");
             ResultSet row = query.executeQuery()) {
            row.next();
            byte[] link = row.getBytes(3);
            return link == null
                    ? new ChainHead(row.getString(1), -1, ChainLink.START, 0)
                    : new ChainHead(row.getString(1), row.getLong(2), new ChainLink(link), row.getLong(4));
        }
    }
}
