package org.ketnghia.core.twinning.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.SponsorRegistered;
import org.ketnghia.core.twinning.TwinningErrorCode;
import org.ketnghia.core.twinning.TwinningRegistry;

/** Validates {@link RegisterSponsor} and records {@link SponsorRegistered}. */
public final class RegisterSponsorHandler implements CommandHandler<RegisterSponsor> {

    @Override
    public Class<RegisterSponsor> commandType() {
        return RegisterSponsor.class;
    }

    @Override
    public List<EventDraft> handle(RegisterSponsor command, LedgerState state) {
        Sponsor sponsor = command.sponsor();
        Problems problems = new Problems();
        if (!problems.check(sponsor.id().isBlank(), CoreErrorCode.VALUE_BLANK, "sponsor.id")) {
            problems.check(state.projection(TwinningRegistry.class).sponsor(sponsor.id()).isPresent(),
                    TwinningErrorCode.TWINNING_DUPLICATE_SPONSOR, "sponsor.id", sponsor.id());
        }
        problems.check(sponsor.name().isBlank(), CoreErrorCode.VALUE_BLANK, "sponsor.name");
        sponsor.localityUnitCode().ifPresent(code -> {
            problems.check(sponsor.kind() != SponsorKind.LOWLAND_LOCALITY,
                    TwinningErrorCode.TWINNING_LOCALITY_NOT_APPLICABLE, "sponsor.localityUnitCode", sponsor.kind().id(), code);
            problems.check(state.administrativeUnits().unit(code).isEmpty(),
                    TwinningErrorCode.TWINNING_UNKNOWN_LOCALITY_UNIT, "sponsor.localityUnitCode", code);
        });
        problems.throwIfAny();
        return List.of(EventDraft.of(command, SponsorRegistered.of(sponsor)));
    }
}
