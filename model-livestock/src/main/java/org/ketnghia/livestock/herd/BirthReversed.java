package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A birth recorded by mistake was reversed: the animal, its mother, the household, and the date the birth
 * was recorded for (so that reports of that period count one birth less). Immutable.
 */
@Value.Immutable
@JsonTypeName(BirthReversed.TYPE)
@JsonSerialize(as = ImmutableBirthReversed.class)
@JsonDeserialize(as = ImmutableBirthReversed.class)
public abstract class BirthReversed implements CorrectionFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.birth-reversed";

    /** The mother recorded. */
    public abstract String motherTag();

    /** The household the birth was recorded in. */
    public abstract String householdId();

    /** The date the reversed birth was recorded for. */
    public abstract LocalDate bornOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BirthReversed}. */
    public static final class Builder extends ImmutableBirthReversed.Builder {
    }
}
