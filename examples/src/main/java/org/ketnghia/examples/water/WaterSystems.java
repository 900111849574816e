package org.ketnghia.examples.water;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/** Projection: which households have a water system and which installation ids are used. Never throws. */
public final class WaterSystems implements Projection {

    private final Set<String> households = new HashSet<>();
    private final Set<String> installations = new HashSet<>();

    /** How this projection is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<WaterSystems, ?> snapshotForm() {
        return SnapshotForm.of(WaterSystemsState.class, WaterSystems::save, WaterSystems::restore);
    }

    private WaterSystemsState save() {
        return new WaterSystemsState(new TreeSet<>(households).stream().toList(),
                new TreeSet<>(installations).stream().toList());
    }

    private static WaterSystems restore(WaterSystemsState state) {
        WaterSystems systems = new WaterSystems();
        systems.households.addAll(state.households());
        systems.installations.addAll(state.installations());
        return systems;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof WaterSystemInstalled installed) {
            households.add(installed.householdId());
            installations.add(installed.installationId());
        }
    }

    /** Whether {@code householdId} already has a water system. */
    public boolean isEquipped(String householdId) {
        return households.contains(householdId);
    }

    /** Whether {@code installationId} is used. */
    public boolean isUsed(String installationId) {
        return installations.contains(installationId);
    }

    /** How many households have a water system. */
    public int equippedCount() {
        return households.size();
    }
}
