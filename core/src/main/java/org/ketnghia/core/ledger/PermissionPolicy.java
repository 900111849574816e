package org.ketnghia.core.ledger;

import java.util.List;
import org.ketnghia.core.error.Problem;

/**
 * Decides who may record what where. The ledger asks it before a command's handler runs; a
 * refusal appends nothing and raises {@link org.ketnghia.core.error.KetnghiaException} with the
 * problems returned. Hosts may bind their own policy (e.g. one backed by their account system);
 * the default is {@link DefaultPermissionPolicy}.
 *
 * <p>Implementations must be thread-safe and side-effect free.
 */
@FunctionalInterface
public interface PermissionPolicy {

    /** The reasons to refuse the request; empty when it is allowed. */
    List<Problem> refusals(PermissionRequest request);
}
