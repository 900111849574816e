package org.ketnghia.core.simulation;

import java.util.Optional;

/**
 * The facts of a ledger declared simulated (<i>sổ cái mô phỏng</i>), declared once for {@link
 * DeclareSimulatedLedger} and {@link SimulatedLedgerDeclared}.
 */
public interface SimulatedLedgerFacts {

    /** What produced the ledger, in Vietnamese (e.g. "Vết mô phỏng kế hoạch kết nghĩa Quảng Nam 2021"). */
    String descriptionVi();

    /** The seed of the random stream that produced it, when one did. */
    Optional<Long> seed();
}
