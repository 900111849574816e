package org.ketnghia.livestock.calibration;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which herds a calibration reads (<i>phạm vi hiệu chỉnh</i>): the groups of the given districts, of the
 * given communes, and the given groups — an animal counts, census by census, when the group it belongs to
 * at that census is in any of the three sets. All three empty: every group of the ledger. A district or
 * commune code is matched against the group's commune as recorded when the group was founded (a commune
 * within a selected district or commune on that date, a district found through the commune's predecessors
 * after the 1 July 2025 reorganisation).
 *
 * <p>Immutable; the sets are copied and sorted, so equal selections serialize identically.
 *
 * @param districtCodes district codes, e.g. {@code "QNA.TAY-GIANG"}
 * @param communeCodes commune codes
 * @param groupIds group ids
 */
public record CalibrationSelection(Set<String> districtCodes, Set<String> communeCodes, Set<String> groupIds) {

    /** Copies the sets (null is empty). */
    public CalibrationSelection {
        districtCodes = copy(districtCodes);
        communeCodes = copy(communeCodes);
        groupIds = copy(groupIds);
    }

    private static Set<String> copy(Set<String> codes) {
        return codes == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(codes));
    }

    /** Every group of the ledger. */
    public static CalibrationSelection all() {
        return new CalibrationSelection(Set.of(), Set.of(), Set.of());
    }

    /** The groups of {@code districtCodes}. */
    public static CalibrationSelection ofDistricts(String... districtCodes) {
        return new CalibrationSelection(Set.of(districtCodes), Set.of(), Set.of());
    }

    /** The groups of {@code communeCodes}. */
    public static CalibrationSelection ofCommunes(String... communeCodes) {
        return new CalibrationSelection(Set.of(), Set.of(communeCodes), Set.of());
    }

    /** The groups {@code groupIds}. */
    public static CalibrationSelection ofGroups(String... groupIds) {
        return new CalibrationSelection(Set.of(), Set.of(), Set.of(groupIds));
    }

    /** Whether the selection names nothing, i.e. takes every group. */
    public boolean selectsEverything() {
        return districtCodes.isEmpty() && communeCodes.isEmpty() && groupIds.isEmpty();
    }
}
