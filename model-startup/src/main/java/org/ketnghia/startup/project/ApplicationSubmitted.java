package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;

/**
 * A start-up application was filed; the envelope's unit is the project's commune. Carries what the
 * applicant declared plus what the handler derived: the area difficulty and whether the applicant is
 * led by a woman or an ethnic-minority person (never shown publicly).
 */
@Value.Immutable
@JsonTypeName(ApplicationSubmitted.TYPE)
@JsonSerialize(as = ImmutableApplicationSubmitted.class)
@JsonDeserialize(as = ImmutableApplicationSubmitted.class)
public abstract class ApplicationSubmitted implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-submitted";

    ApplicationSubmitted() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Unique id of the application (<i>hồ sơ</i>). */
    public abstract String applicationId();

    /** The call for proposals it answers. */
    public abstract String callId();

    /** Who applies. */
    public abstract ApplicantKind applicantKind();

    /** The applicant in the participant registry: a person, household or organisation id by kind. */
    public abstract String applicantId();

    /** The other persons of a group of individuals (empty otherwise). */
    public abstract Set<String> memberPersonIds();

    /** The person leading an organisation or group, whose attributes give priority. */
    public abstract Optional<String> leaderPersonId();

    /** The catalogue sector. */
    public abstract String sectorId();

    /** The catalogue product of the sector. */
    public abstract String productId();

    /** Community or value-chain project. */
    public abstract ProjectKind projectKind();

    /** The idea in a sentence, in Vietnamese. */
    public abstract String descriptionVi();

    /** The households taking part in the project (for an organisation: its member households when empty). */
    public abstract Set<String> participantHouseholdIds();

    /** The support asked for, per catalogue item. */
    public abstract List<ItemAmount> requestedItems();

    /** The counterpart offered (<i>đối ứng</i>) in cash, kind or labour. */
    public abstract List<CounterpartPledge> counterpart();

    /** The offtake or supply agreement the project is linked to. */
    public abstract Optional<ValueChainLink> valueChainLink();

    /** What the applicant declares it meets (quality, food safety, disease safety, environment). */
    public abstract Set<Certificate> certificates();

    /** A business registration declared with the application (an organisation’s own is used otherwise). */
    public abstract Optional<BusinessRegistration> businessRegistration();

    /** Whether the applicant is a pupil or student living in the area. */
    @Value.Default
    public boolean studentInArea() {
        return false;
    }

    /** The household named on the public list for this support (the applicant household, or its head’s / leader’s household). */
    public abstract String listedHouseholdId();

    /** The commune’s difficulty on the submission date, which sets the state-share ceiling. */
    public abstract AreaDifficulty areaDifficulty();

    /** Whether the applicant, its leader or its head of household is a woman. */
    @Value.Default
    public boolean ledByWoman() {
        return false;
    }

    /** Whether the applicant, its leader or its household belongs to an ethnic minority. */
    @Value.Default
    public boolean ledByEthnicMinority() {
        return false;
    }

    /** The sum of the items. */
    public Money requestedTotal() {
        return Money.sum(requestedItems().stream().map(ItemAmount::amount).toList());
    }

    /** The value of every counterpart contribution. */
    public Money counterpartTotal() {
        return Money.sum(counterpart().stream().map(CounterpartPledge::value).toList());
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationSubmitted.Builder {
    }
}
