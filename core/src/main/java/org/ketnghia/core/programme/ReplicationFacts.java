package org.ketnghia.core.programme;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a replication of a model (<i>nhân rộng mô hình</i>), declared once for {@link
 * RecordReplication} and {@link ModelReplicated}.
 */
public interface ReplicationFacts {

    /** The stable id of the replication. */
    String replicationId();

    /** The model replicated. */
    String modelId();

    /** The pilot it was learnt from (a group id or a unit code); empty if not said. */
    Optional<String> learntFrom();

    /** How many households take part; 0 if not counted. */
    @Value.Default
    default int households() {
        return 0;
    }

    /** Who pays, in Vietnamese (e.g. "ngân sách xã", "hộ tự đầu tư"). */
    String fundedBy();

    /** What was replicated, in Vietnamese. */
    String descriptionVi();
}
