package org.ketnghia.examples.water;

import java.util.List;

/**
 * The whole state of {@link WaterSystems} as its snapshot saves it: the equipped households and the installation
 * ids in use, each sorted.
 */
record WaterSystemsState(List<String> households, List<String> installations) {

    /** Copies both lists. */
    WaterSystemsState {
        households = List.copyOf(households);
        installations = List.copyOf(installations);
    }
}
