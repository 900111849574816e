package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;

/**
 * Files a start-up application in a call; {@code unitCode} is the commune where the project runs.
 * Refused when an item is outside its sector, the counterpart is below the required minimum, an
 * applicant that needs a business registration has none, or the applicant already applied in the call.
 */
@Value.Immutable
@JsonTypeName(SubmitApplication.TYPE)
@JsonSerialize(as = ImmutableSubmitApplication.class)
@JsonDeserialize(as = ImmutableSubmitApplication.class)
public abstract class SubmitApplication implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.submit-application";

    SubmitApplication() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

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

    /** The sum of the items. */
    public Money requestedTotal() {
        return Money.sum(requestedItems().stream().map(ItemAmount::amount).toList());
    }

    /** The value of every counterpart contribution. */
    public Money counterpartTotal() {
        return Money.sum(counterpart().stream().map(CounterpartPledge::value).toList());
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableSubmitApplication.Builder {
    }
}
