package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A registered household (hộ gia đình): its id, village, ethnicity (the official two-digit code
 * of {@link org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue}) and members, exactly one
 * of whom is the head.
 *
 * <p>Obtained from {@link ParticipantRegistry}; built by the handler of {@link RegisterHousehold}
 * after validation, so {@link #head()} always exists. The poverty status is kept per year beside it
 * ({@link ParticipantRegistry#povertyStatus(String, int)}). Ethnicity, birth years and ID numbers
 * are personal data. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {

    Household() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household id chosen by the commune, e.g. {@code "HN-A-XAN-012"}. */
    public abstract String id();

    /** The code of the village (thôn) the household lives in. */
    public abstract String villageCode();

    /** The official code of the household's ethnic group, e.g. {@code "26"} for Cơ Tu. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract String ethnicityCode();

    /** The members, the head among them, in the order registered. */
    public abstract List<HouseholdMember> members();

    /** The date the household was registered. */
    public abstract LocalDate registeredOn();

    /** The head of household (chủ hộ). */
    @JsonIgnore
    public HouseholdMember head() {
        for (HouseholdMember member : members()) {
            if (member.relation() == HouseholdRelation.HEAD) {
                return member;
            }
        }
        throw new IllegalStateException("household " + id() + " has no head");
    }

    /**
     * Whether the household belongs to an ethnic minority (hộ đồng bào dân tộc thiểu số). False when its ethnicity is not
     * known — erased or masked ({@link EthnicGroup#isMinorityCode}): see {@link #isEthnicityKnown()}.
     */
    @JsonIgnore
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public boolean isEthnicMinority() {
        return EthnicGroup.isMinorityCode(ethnicityCode());
    }

    /**
     * Whether the household's ethnicity is known: a group's code, not the stand-in of an erased or masked household
     * (dân tộc không rõ).
     */
    @JsonIgnore
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public boolean isEthnicityKnown() {
        return EthnicGroup.isGroupCode(ethnicityCode());
    }

    /** Whether the head of household is a woman (hộ do phụ nữ làm chủ hộ). */
    @JsonIgnore
    public boolean isWomanHeaded() {
        return head().sex() == Sex.FEMALE;
    }

    /** Builds a {@link Household}. */
    public static final class Builder extends ImmutableHousehold.Builder {
    }
}
