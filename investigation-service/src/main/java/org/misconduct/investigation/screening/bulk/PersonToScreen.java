package org.misconduct.investigation.screening.bulk;

import java.util.List;

/**
 * One person of an uploaded list, by the number of their row (the first after the header is 1) and the blind indexes
 * of their identifiers: the identifiers themselves are not kept once read.
 */
record PersonToScreen(int row, List<String> blindIndexes) {
}
