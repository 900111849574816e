package org.ketnghia.testing.demo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/** Demo command: record an item; optionally on behalf of a sponsor. */
@Value.Immutable
@JsonTypeName(RecordItem.TYPE)
@JsonSerialize(as = ImmutableRecordItem.class)
@JsonDeserialize(as = ImmutableRecordItem.class)
public abstract class RecordItem implements Command {

    public static final String TYPE = "demo.record-item";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    @Override
    public abstract Optional<String> sponsorId();

    public abstract String itemId();

    public abstract int quantity();

    public abstract Money value();

    public static Builder builder() {
        return new Builder();
    }

    /** Builder. */
    public static final class Builder extends ImmutableRecordItem.Builder {
    }
}
