package org.ketnghia.startup.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;

/**
 * What an applicant declares in a start-up application (<i>hồ sơ đề nghị hỗ trợ khởi nghiệp</i>),
 * declared once for the command that files it ({@link SubmitApplication}) and the event that records it
 * ({@link ApplicationSubmitted}, which adds what the handler derived).
 */
public interface ApplicationFacts {

    /** Unique id of the application (<i>hồ sơ</i>). */
    String applicationId();

    /** The call for proposals it answers. */
    String callId();

    /** Who applies. */
    ApplicantKind applicantKind();

    /** The applicant in the participant registry: a person, household or organisation id by kind. */
    String applicantId();

    /** The other persons of a group of individuals (empty otherwise). */
    Set<String> memberPersonIds();

    /** The person leading an organisation or group, whose attributes give priority. */
    Optional<String> leaderPersonId();

    /** The catalogue sector. */
    String sectorId();

    /** The catalogue product of the sector. */
    String productId();

    /** Community or value-chain project. */
    ProjectKind projectKind();

    /** The idea in a sentence, in Vietnamese. */
    String descriptionVi();

    /** The households taking part in the project (for an organisation: its member households when empty). */
    Set<String> participantHouseholdIds();

    /** The support asked for, per catalogue item. */
    List<ItemAmount> requestedItems();

    /** The counterpart offered (<i>đối ứng</i>) in cash, kind or labour. */
    List<CounterpartPledge> counterpart();

    /** The offtake or supply agreement the project is linked to. */
    Optional<ValueChainLink> valueChainLink();

    /** What the applicant declares it meets (quality, food safety, disease safety, environment). */
    Set<Certificate> certificates();

    /** A business registration declared with the application (an organisation’s own is used otherwise). */
    Optional<BusinessRegistration> businessRegistration();

    /** Whether the applicant is a pupil or student living in the area; {@code false} unless given. */
    @Value.Default
    default boolean studentInArea() {
        return false;
    }

    /** The household named on the public list for this support (the applicant household, or its head’s / leader’s household). */
    String listedHouseholdId();

    /** The sum of the items. */
    default Money requestedTotal() {
        return Money.sum(requestedItems().stream().map(ItemAmount::amount).toList());
    }

    /** The value of every counterpart contribution. */
    default Money counterpartTotal() {
        return Money.sum(counterpart().stream().map(CounterpartPledge::value).toList());
    }
}
