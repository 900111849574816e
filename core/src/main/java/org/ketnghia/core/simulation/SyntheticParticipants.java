package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.Sex;

/**
 * Where simulated people come from in trace mode: their names, personal identification numbers and
 * household members. Every model's trace takes them from the one source in its {@link
 * TraceContext}, so a simulated programme reads the same in every model's records, and a host can
 * give its own name pools (a province's common family names) with {@link #of}.
 *
 * <p>Everything is a pure function of the ids given (and of the pools): a traced replicate draws
 * nothing from the replicate's random stream for its people, so it stays equal to the Monte Carlo
 * replicate. Immutable and thread-safe.
 */
public final class SyntheticParticipants {

    private static final List<String> FAMILY = List.of("Bríu", "Alăng", "Zơrâm", "Bhling", "Clâu", "Hôih", "Riah",
            "Pơloong", "Hồ", "Đinh", "Trần", "Nguyễn", "Lê", "Võ", "Hà", "Phạm");
    private static final List<String> GIVEN_MALE = List.of("Văn Bốn", "Văn Sáu", "Văn Dũng", "Văn Hùng", "Văn Nhất",
            "Văn Thanh", "Văn Tâm", "Văn Lợi");
    private static final List<String> GIVEN_FEMALE = List.of("Thị Hoa", "Thị Mai", "Thị Lan", "Thị Nga", "Thị Hiền",
            "Thị Xuân", "Thị Lành", "Thị Thu");
    private static final SyntheticParticipants STANDARD = new SyntheticParticipants(FAMILY, GIVEN_MALE, GIVEN_FEMALE);

    private final List<String> family;
    private final List<String> givenMale;
    private final List<String> givenFemale;

    private SyntheticParticipants(List<String> family, List<String> givenMale, List<String> givenFemale) {
        this.family = nonEmpty(family, "family");
        this.givenMale = nonEmpty(givenMale, "givenMale");
        this.givenFemale = nonEmpty(givenFemale, "givenFemale");
    }

    /** The default pools: family names of the Cơ Tu people and common Kinh family names, common given names. */
    public static SyntheticParticipants standard() {
        return STANDARD;
    }

    /**
     * Names drawn from the given pools.
     *
     * @throws IllegalArgumentException naming the pool if one is empty or holds a blank name
     */
    public static SyntheticParticipants of(List<String> family, List<String> givenMale, List<String> givenFemale) {
        return new SyntheticParticipants(family, givenMale, givenFemale);
    }

    /** A full name for person {@code personId} of sex {@code sex}, e.g. {@code "Bríu Thị Hoa"}. */
    public String fullName(String personId, Sex sex) {
        long hash = hash(requireNonNull(personId, "personId"));
        List<String> given = requireNonNull(sex, "sex") == Sex.FEMALE ? givenFemale : givenMale;
        return family.get(index(hash, family.size())) + " " + given.get(index(hash >>> 20, given.size()));
    }

    /**
     * A 12-digit personal identification number (<i>số định danh cá nhân</i>) for {@code personId}:
     * three digits of place ({@code 0xx}), the sex-and-century digit of the rules, the two last digits
     * of the birth year and six digits from the id. Not a real person's number; unique per id with high
     * probability.
     */
    public String idNumber(String personId, Sex sex, int birthYear) {
        long hash = hash(requireNonNull(personId, "personId"));
        int century = birthYear >= 2000 ? 2 : 0;
        int sexDigit = century + (requireNonNull(sex, "sex") == Sex.FEMALE ? 1 : 0);
        return String.format("0%02d%d%02d%06d", index(hash, 96) + 1, sexDigit, Math.floorMod(birthYear, 100),
                index(hash >>> 24, 1_000_000));
    }

    /**
     * The members of household {@code householdId}: the head (named after the household), and, when
     * {@code size} is more than one, a spouse of the other sex born the same year and children born
     * 22, 24, … years after the head, alternating sexes.
     *
     * @param householdId the household's id
     * @param headSex the head's sex
     * @param headBirthYear the head's birth year
     * @param size the number of members, at least 1
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public List<HouseholdMember> householdMembers(String householdId, Sex headSex, int headBirthYear, int size) {
        requireNonNull(householdId, "householdId");
        requireNonNull(headSex, "headSex");
        if (size < 1) {
            throw new IllegalArgumentException("size: a household has at least one member, not " + size);
        }
        List<HouseholdMember> members = new ArrayList<>(size);
        members.add(HouseholdMember.of(fullName(householdId, headSex), headSex, headBirthYear, HouseholdRelation.HEAD));
        if (size > 1) {
            Sex spouseSex = headSex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
            members.add(HouseholdMember.of(fullName(householdId + "/2", spouseSex), spouseSex, headBirthYear,
                    HouseholdRelation.SPOUSE));
        }
        for (int child = 0; members.size() < size; child++) {
            Sex sex = child % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            members.add(HouseholdMember.of(fullName(householdId + "/" + (child + 3), sex), sex,
                    headBirthYear + 22 + 2 * child, HouseholdRelation.CHILD));
        }
        return List.copyOf(members);
    }

    private static int index(long hash, int size) {
        return (int) Long.remainderUnsigned(hash, size);
    }

    /** A 64-bit FNV-1a hash of the id's characters, finished with a SplitMix64 step: stable across JVMs. */
    private static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }

    private static List<String> nonEmpty(List<String> pool, String name) {
        List<String> copy = List.copyOf(requireNonNull(pool, name));
        if (copy.isEmpty() || copy.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(name + ": a name pool needs at least one name and no blank name");
        }
        return copy;
    }
}
