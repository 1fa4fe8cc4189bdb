package org.misconduct.victimassistance.registry;

record VictimReceipt(String victimId) {
}
