package org.ketnghia.livestock.herd.internal;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * The command handlers of procurement, hand-over, life events, replacements, transfers and corrections, for {@link
 * org.ketnghia.livestock.LivestockModel}. Stateless factory.
 */
public final class HerdHandlers {

    private HerdHandlers() {
    }

    /** One handler per herd command; pass-ons are valued at {@code programme}'s prices. */
    public static List<CommandHandler<?>> all(LivestockProgramme programme) {
        return List.of(new ProcurementHandlers.RecordLot(), new ProcurementHandlers.Accept(),
                new HandOverHandler(programme), new LifeEventHandlers.Birth(), new LifeEventHandlers.Death(),
                new LifeEventHandlers.Sale(), new LifeEventHandlers.Vaccination(), new LifeEventHandlers.Loss(),
                new LifeEventHandlers.Waive(), new LifeEventHandlers.Cash(), new ReplacementHandler(),
                new PackageRules.RecordException(), new TransferHandler(), new CorrectionHandlers.Birth(),
                new CorrectionHandlers.Death(), new CorrectionHandlers.Sale());
    }
}
