package org.ketnghia.core.province.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.UnitFlags;
import org.ketnghia.core.admin.Validity;

/**
 * "From {@code validFrom} to {@code validTo}, unit {@code unitCode} has these flags" — e.g. the list
 * of especially difficult communes of one decision. JSON: {@code {"unitCode": "…", "validFrom": "…",
 * "validTo": "…", "flags": {…}, "legalBasis": "…"}}.
 */
record FlagAssignment(String unitCode, Optional<LocalDate> validFrom, Optional<LocalDate> validTo, UnitFlags flags,
        Optional<String> legalBasis) {

    /** The file that holds assignments: {@code {"assignments": [...]}}. */
    record File(List<FlagAssignment> assignments) {
    }

    Validity validity() {
        return Validity.of(validFrom, validTo);
    }

    /** {@code base} with every flag this assignment sets replaced. */
    UnitFlags applyTo(UnitFlags base) {
        UnitFlags.Builder merged = UnitFlags.builder().from(base);
        flags.ethnicMinorityZone().ifPresent(merged::ethnicMinorityZone);
        flags.especiallyDifficult().ifPresent(merged::especiallyDifficult);
        flags.borderCommune().ifPresent(merged::borderCommune);
        flags.modelVillageZone().ifPresent(merged::modelVillageZone);
        Optional<String> source = flags.source().or(() -> legalBasis);
        source.ifPresent(merged::source);
        return merged.build();
    }
}
