package org.ketnghia.core.participant.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

/** Checks shared by the participant handlers; each adds its problems and never throws. */
public final class ParticipantChecks {

    /** A citizen ID (12 digits) or an old identity card (9 digits). */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}");
    private static final Pattern ETHNICITY_CODE = Pattern.compile("[0-9]{1,2}");

    /** The earliest birth year accepted. */
    static final int MIN_BIRTH_YEAR = 1900;

    private ParticipantChecks() {
    }

    /** Adds a problem if {@code value} is blank; returns whether it was. */
    static boolean blank(Problems problems, String value, String field) {
        return problems.check(isBlank(value), CoreErrorCode.VALUE_BLANK, field);
    }

    /**
     * {@link String#isBlank}, answered by the first character for the usual text that starts with a letter or a digit
     * (a Vietnamese text is stored in UTF-16, whose {@code isBlank} reads code points).
     */
    static boolean isBlank(String value) {
        return value.isEmpty() || Character.isWhitespace(value.charAt(0)) && value.isBlank();
    }

    /** Whether {@code birthYear} is accepted for a member recorded on {@code occurredOn} ({@link #birthYear}). */
    static boolean birthYearInRange(int birthYear, LocalDate occurredOn) {
        return birthYear >= MIN_BIRTH_YEAR && birthYear <= occurredOn.getYear();
    }

    /** Whether {@code idNumber}, if any, is well formed ({@link #idNumber}). */
    static boolean idNumberWellFormed(Optional<String> idNumber) {
        return idNumber.isEmpty() || ID_NUMBER.matcher(idNumber.get()).matches();
    }

    static void birthYear(Problems problems, int birthYear, LocalDate occurredOn, String field) {
        problems.check(!birthYearInRange(birthYear, occurredOn),
                ParticipantRegistryErrorCode.PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE, field, birthYear, MIN_BIRTH_YEAR,
                occurredOn.getYear());
    }

    /** The number is never quoted in the message: it is personal data. */
    static void idNumber(Problems problems, Optional<String> idNumber, String field) {
        problems.check(!idNumberWellFormed(idNumber), ParticipantRegistryErrorCode.PARTICIPANT_INVALID_ID_NUMBER, field);
    }

    /** The official group for a code or a name or alias; a problem on {@code field} if none. */
    static Optional<EthnicGroup> ethnicity(Problems problems, EthnicGroupCatalogue catalogue, String given, String field) {
        if (blank(problems, given, field)) {
            return Optional.empty();
        }
        Optional<EthnicGroup> group = ETHNICITY_CODE.matcher(given.strip()).matches() ? catalogue.byCode(given) : catalogue.byName(given);
        if (group.isEmpty()) {
            problems.add(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY, field, given);
        }
        return group;
    }

    /** The village exists on the date, is a village, and lies within the recording unit. */
    static void village(Problems problems, AdministrativeRegistry units, String villageCode, String recordingUnit,
            LocalDate date, String field) {
        if (blank(problems, villageCode, field)) {
            return;
        }
        Optional<AdministrativeUnit> village = units.unitAsOf(villageCode, date);
        if (village.isEmpty()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_VILLAGE, field, villageCode, date);
        } else if (!AdminLevel.VILLAGE.equals(village.get().levelId())) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_NOT_A_VILLAGE, field, villageCode,
                    village.get().levelId());
        } else {
            within(problems, units, villageCode, recordingUnit, date, field);
        }
    }

    static void within(Problems problems, AdministrativeRegistry units, String unitCode, String recordingUnit,
            LocalDate date, String field) {
        problems.check(!units.isWithin(unitCode, recordingUnit, date), ParticipantRegistryErrorCode.PARTICIPANT_OUTSIDE_UNIT,
                field, unitCode, recordingUnit, date);
    }

    /** The household exists and lives within the recording unit on the date. */
    static Optional<Household> household(Problems problems, ParticipantRegistry registry, AdministrativeRegistry units,
            String householdId, String recordingUnit, LocalDate date, String field) {
        Optional<Household> household = registry.household(householdId);
        if (household.isEmpty()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, field, householdId);
        } else {
            if (!units.isWithin(household.get().villageCode(), recordingUnit, date)) {
                problems.add(ParticipantRegistryErrorCode.PARTICIPANT_OUTSIDE_UNIT, field, householdId, recordingUnit, date);
            }
        }
        return household;
    }
}
