package org.misconduct.integrity;

/**
 * Where a verification starts: after a chain row known to be good, or at the chain's beginning.
 *
 * @param index         the global index of the row known good, -1 at the beginning
 * @param previousIndex what the next row must name as the one before it: that index, or null at the beginning
 * @param link          that row's link, or the chain's starting link
 */
record ChainStart(long index, Long previousIndex, ChainLink link) {

    static final ChainStart BEGINNING = new ChainStart(-1, null, ChainLink.START);
}
