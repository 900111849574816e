package org.ketnghia.core.participant.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.participant.HouseholdEthnicityCorrected;
import org.ketnghia.core.participant.HouseholdHeadChanged;
import org.ketnghia.core.participant.HouseholdMemberAdded;
import org.ketnghia.core.participant.HouseholdMemberRemoved;
import org.ketnghia.core.participant.HouseholdMoved;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdSplit;
import org.ketnghia.core.participant.HouseholdsMerged;
import org.ketnghia.core.participant.MemberBirthYearCorrected;
import org.ketnghia.core.participant.OrganisationMembersAdded;
import org.ketnghia.core.participant.OrganisationRegistered;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.participant.PovertyReviewRegister;
import org.ketnghia.core.participant.PovertyReviewResultsPosted;
import org.ketnghia.core.participant.PovertyReviewWindowSet;
import org.ketnghia.core.participant.PovertyStatusCorrected;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.RetiredMergeShape;
import org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/**
 * The participant feature of the ledger: registering households, persons and organisations and
 * recording poverty status per year. It declares the commands ({@link RegisterHousehold}, {@link
 * RecordPovertyStatus}, {@link CorrectPovertyStatus}, {@link RegisterPerson}, {@link
 * RegisterOrganisation}, {@link AddOrganisationMembers}, and the household changes and corrections:
 * members added or removed, head changed, moved, split, merged, ethnicity or birth year corrected; the annual
 * poverty review's window and the public posting of its results), their events and the {@link
 * ParticipantRegistry} and {@link PovertyReviewRegister} projections.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParticipantsFeature implements LedgerFeature {

    private final EthnicGroupCatalogue ethnicGroups;

    /** The feature over the official list of the 54 ethnic groups. */
    public ParticipantsFeature() {
        this(EthnicGroupCatalogue.official());
    }

    /** The feature over a custom catalogue of ethnic groups (e.g. a locally extended list). */
    public ParticipantsFeature(EthnicGroupCatalogue ethnicGroups) {
        this.ethnicGroups = requireNonNull(ethnicGroups, "ethnicGroups");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(HouseholdRegistered.class, PovertyStatusRecorded.class, PovertyStatusCorrected.class,
                PersonRegistered.class, OrganisationRegistered.class, OrganisationMembersAdded.class,
                HouseholdMemberAdded.class, HouseholdMemberRemoved.class, HouseholdHeadChanged.class,
                HouseholdMoved.class, HouseholdSplit.class, HouseholdsMerged.class, HouseholdEthnicityCorrected.class,
                MemberBirthYearCorrected.class, PovertyReviewWindowSet.class, PovertyReviewResultsPosted.class);
    }

    /** A merge recorded before its absorbed members' names were kept in name fields reads in today's shape. */
    @Override
    public List<EventUpcaster> eventUpcasters() {
        return List.of(EventUpcaster.nextVersion(HouseholdsMerged.TYPE, 1, RetiredMergeShape::toAbsorbedMembers));
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        List<CommandHandler<?>> handlers = new java.util.ArrayList<>(List.of(new RegisterHouseholdHandler(ethnicGroups),
                new PovertyStatusHandlers.Record(), new PovertyStatusHandlers.Correct(),
                new RegisterPersonHandler(ethnicGroups), new OrganisationHandlers.Register(),
                new OrganisationHandlers.AddMembers()));
        handlers.addAll(HouseholdChangeHandlers.all(ethnicGroups));
        handlers.addAll(PovertyReviewHandlers.all());
        return List.copyOf(handlers);
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(ParticipantRegistry.class, ParticipantRegistry::new,
                        ParticipantRegistry.SNAPSHOT_FORM),
                ProjectionDefinition.of(PovertyReviewRegister.class, PovertyReviewRegister::new,
                        PovertyReviewRegister.SNAPSHOT_FORM));
    }
}
