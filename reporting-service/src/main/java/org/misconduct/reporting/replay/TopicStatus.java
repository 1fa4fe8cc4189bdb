package org.misconduct.reporting.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** One topic as this service's consumer group has read it, summed over its partitions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicStatus(
        String topic,
        int partitions,
        @Schema(description = "Sum of the partitions' end offsets")
        Long endOffset,
        @Schema(description = "Sum of the group's committed offsets")
        Long committedOffset,
        @Schema(description = "Records published but not yet received")
        Long lag,
        String problem) {
}
