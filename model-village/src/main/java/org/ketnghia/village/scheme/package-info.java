/**
 * Villages in the model new-rural village scheme, recorded through the ledger: criteria sets
 * adopted, villages registered (zone following the commune, across the 2025 merger), the baseline
 * assessment with evidence, the sponsors' plan of which criteria each takes on (only where twinned),
 * measurements over time with each criterion's status (not met / met / re-verified), and the
 * recognition workflow self-assessment → commune proposal → inspection → dossier → decision, with
 * revocation after a failed re-assessment. Each step follows the one before in order and in time:
 * baseline → sponsors' plan → (support, through the core funding ledger) → self-assessment → proposal →
 * inspection → dossier → recognition. A reading recorded by mistake is corrected by a new event naming the
 * measurement (its ledger sequence), with a reason: the registry shows the corrected values, recomputes the criteria
 * met and keeps the values first recorded. When the ledger declares a programme, villages are registered and
 * taken on by sponsors only in its pilot communes (and their successors). State is read from the {@link
 * org.ketnghia.village.scheme.VillageRegistry} projection; the command handlers are internal.
 */
@KetnghiaStyle
package org.ketnghia.village.scheme;

import org.ketnghia.core.value.KetnghiaStyle;
