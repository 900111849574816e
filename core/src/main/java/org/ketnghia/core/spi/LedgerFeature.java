package org.ketnghia.core.spi;

import java.util.List;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;

/**
 * Something that records through the ledger: it declares its event types (Jackson subtypes with
 * namespaced {@code @JsonTypeName}s), the handlers that validate its commands (the command types
 * come from the handlers) and the projections that fold its events. The core's own features (participants, twinning,
 * funding) and every {@link PilotModel} are ledger features.
 *
 * <p>Every method has a default returning nothing, so adding a hook never breaks an existing
 * feature. Implementations must be thread-safe; the lists they return are read once at start-up.
 */
public interface LedgerFeature {

    /** The event payload types this feature records. */
    default List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of();
    }

    /**
     * The upcasters that read this feature's events recorded in older shapes (<i>nâng cấp sự kiện cũ</i>):
     * one per recorded type id and version that changed, see {@link EventUpcaster}. The current version of an
     * event type is its {@link org.ketnghia.core.ledger.EventVersion}. A renamed type, or a type split in two,
     * keeps an upcaster for its old id although no class carries that id any more.
     */
    default List<EventUpcaster> eventUpcasters() {
        return List.of();
    }

    /** Further polymorphic JSON types this feature contributes (rules, plan sections, …). */
    default List<Class<?>> otherJsonTypes() {
        return List.of();
    }

    /**
     * One handler for each command type this feature accepts, given the host's narrow context. The
     * handlers are the only list of commands: each handler's {@link CommandHandler#commandType()} is
     * registered as a JSON type, so a command cannot exist without its handler.
     */
    default List<CommandHandler<?>> commandHandlers(PilotModelContext context) {
        return List.of();
    }

    /** The projections this feature maintains. */
    default List<ProjectionDefinition<?>> projections() {
        return List.of();
    }
}
