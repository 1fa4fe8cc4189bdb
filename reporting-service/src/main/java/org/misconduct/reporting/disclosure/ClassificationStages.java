package org.misconduct.reporting.disclosure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;


/**
 * For each classifying field of an allegation, the stage of the process its value came from (registration 1,
 * assessment 2, referral 3, investigation 4, a change of investigating entity 5, completion 6; none yet: 0). A value
 * is replaced only by one from the same or a later stage, so late arrivals of earlier stages only fill gaps.
 */
final class ClassificationStages {

    /** The fields that each stage of the process may classify anew. */
    enum Classified {
        MISSION, PERSONNEL_CATEGORY, NATIONALITY, ALLEGATION_TYPE, VICTIM_COUNT, MINOR_INVOLVED, INVESTIGATING_ENTITY
    }

    private final Map<Classified, Integer> stages = new EnumMap<>(Classified.class);

    /** Takes up the stages as stored with the allegation's row. */
    void restore(Map<Classified, Integer> stored) {
        stages.clear();
        stages.putAll(stored);
    }

    /** The value of the latest stage that gave one; at equal stages, the later event's. */
    <T> T merge(Classified field, int stage, T incoming, T current) {
        if (incoming == null || stage < rankOf(field)) {
            return current;
        }
        stages.put(field, stage);
        return incoming;
    }

    int rankOf(Classified field) {
        return stages.getOrDefault(field, 0);
    }

    /** The field has no value any more, so any stage may give it one. */
    void forget(Classified field) {
        stages.put(field, 0);
    }

    /** The stages by field, in the fields' order; a view, not a copy. */
    Map<Classified, Integer> asMap() {
        return Collections.unmodifiableMap(stages);
    }
}
