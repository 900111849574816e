package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.admin.Validity;

/**
 * A twinning agreement (<i>thỏa thuận kết nghĩa</i>): one or more sponsors twinned with one
 * recipient unit — a commune, or a district before 1 July 2025 — for a period, with the pilot
 * models they chose and what they commit.
 *
 * <p>As signed ({@link SignAgreement}) it carries the agreed terms. As returned by {@link
 * TwinningRegistry} it carries the terms in force: the models and commitments of the latest
 * amendment (or of the one in force on the date asked), and {@link #validTo()} shortened to the
 * last day if the agreement was ended early.
 *
 * <p>The value only requires its parts to be present; the rules are checked, all at once, by the
 * command that records it. JSON: {@code {"id": "kn-2021-07", "sponsorIds": ["so-tai-chinh"],
 * "recipientUnitCode": "QNA.TAY-GIANG", "validFrom": "2021-07-01", "validTo": "2025-12-31",
 * "modelIds": ["livestock", "training"], "commitments": [...]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwinningAgreement.class)
@JsonDeserialize(as = ImmutableTwinningAgreement.class)
public abstract class TwinningAgreement {

    /** The stable id of the agreement. */
    public abstract String id();

    /** The sponsors (<i>đơn vị kết nghĩa</i>), by id, in the order given. */
    public abstract List<String> sponsorIds();

    /** The code of the recipient unit (<i>địa phương nhận kết nghĩa</i>): a commune or a former district. */
    public abstract String recipientUnitCode();

    /** The first day the agreement is in force. */
    public abstract LocalDate validFrom();

    /** The last day it is in force; empty while open-ended. */
    public abstract Optional<LocalDate> validTo();

    /** The chosen pilot models by id (standard ones in {@link StandardModels}, or any installed model). */
    public abstract List<String> modelIds();

    /** What the sponsors commit, at most one per chosen model. */
    public abstract List<Commitment> commitments();

    /** The period in force, both ends inclusive. */
    public Validity period() {
        return Validity.of(Optional.of(validFrom()), validTo());
    }

    /** Whether the agreement is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return period().contains(requireNonNull(date, "date"));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TwinningAgreement}; obtain one with {@link TwinningAgreement#builder()}. */
    public static final class Builder extends ImmutableTwinningAgreement.Builder {
    }
}
