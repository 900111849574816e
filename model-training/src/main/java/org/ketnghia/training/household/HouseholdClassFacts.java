package org.ketnghia.training.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What a technical class for households is, said once for the command that opens it ({@link OpenHouseholdClass}) and
 * its event ({@link HouseholdClassOpened}). Implementations are immutable values.
 */
public interface HouseholdClassFacts {

    /** The class id, unique among the model's classes. */
    String classId();

    /** The title, e.g. "Tập huấn kỹ thuật làm chuồng nuôi bò cho hộ thôn A Ur". */
    String title();

    /** What it teaches; at least one topic, in their declared order. */
    @Value.NaturalOrder
    SortedSet<HouseholdTopic> topics();

    /** The pilot model it serves, if any (e.g. {@code "livestock"}). */
    Optional<String> modelId();

    /** The session days, one each; at least one, no repeats, none before the class is opened. */
    List<LocalDate> sessionDays();

    /** Where it is held. */
    String venue();

    /** The trainers (<i>cán bộ khuyến nông, thú y…</i>); at least one. */
    List<String> trainers();

    /** The most participants a session takes; positive. */
    int capacity();
}
