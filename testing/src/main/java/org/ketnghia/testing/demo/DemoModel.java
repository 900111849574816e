package org.ketnghia.testing.demo;

import java.util.List;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.value.BilingualText;

/** A demonstration pilot model written only against the SPI, for tests. */
public final class DemoModel implements PilotModel {

    @Override
    public String id() {
        return "demo";
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Mô hình trình diễn", "Demonstration model");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ItemRecorded.class);
    }

    @Override
    public List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of(new RecordItemHandler());
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(DemoItems.class, DemoItems::new, DemoItems.snapshotForm()));
    }

    /** Equal to any other demo model: it has no configuration, so installing it twice installs it once. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DemoModel;
    }

    @Override
    public int hashCode() {
        return DemoModel.class.hashCode();
    }
}
