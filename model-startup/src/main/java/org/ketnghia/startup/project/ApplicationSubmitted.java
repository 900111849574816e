package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.startup.policy.AreaDifficulty;

/**
 * A start-up application was filed; the envelope's unit is the project's commune. Carries what the
 * applicant declared plus what the handler derived: the area difficulty and whether the applicant is
 * led by a woman or an ethnic-minority person (never shown publicly).
 *
 * <p>The facts it shares with its command are declared once in {@link ApplicationFacts}.
 */
@Value.Immutable
@JsonTypeName(ApplicationSubmitted.TYPE)
@JsonSerialize(as = ImmutableApplicationSubmitted.class)
@JsonDeserialize(as = ImmutableApplicationSubmitted.class)
public abstract class ApplicationSubmitted implements LedgerEvent, ApplicationFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-submitted";

    ApplicationSubmitted() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

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

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationSubmitted.Builder {
    }
}
