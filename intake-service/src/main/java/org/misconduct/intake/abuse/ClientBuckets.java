package org.misconduct.intake.abuse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** Token buckets of one limit, one per client, forgetting the least recently seen clients beyond a bound. */
class ClientBuckets {

    private final AbuseProtectionProperties.Limit limit;
    private final Map<String, Bucket> buckets;

    ClientBuckets(AbuseProtectionProperties.Limit limit, int trackedClients) {
        this.limit = limit;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > trackedClients;
            }
        });
    }

    Bucket of(String client) {
        return buckets.computeIfAbsent(client, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build());
    }
}
