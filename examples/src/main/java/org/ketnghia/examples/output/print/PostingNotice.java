package org.ketnghia.examples.output.print;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.ListPosted;
import org.ketnghia.core.grievance.PostingPlace;
import org.ketnghia.core.grievance.PostingPlaceKind;
import org.ketnghia.core.grievance.PublicListKind;

/**
 * When and where a public list is posted (<i>thời gian, địa điểm niêm yết</i>), as printed under its title: the
 * posting recorded in the ledger ({@code grievance.record-posting}) for the list of that commune and date when there
 * is one, or else the default period from the listing date, {@value #DEFAULT_POSTING_DAYS} days at the commune
 * office.
 *
 * @param postedFrom the first day of the posting
 * @param postedUntil the last day of the posting (inclusive)
 * @param placesVi where it is posted, in Vietnamese; at least one
 * @param recorded whether the period was recorded in the ledger (otherwise it is the default)
 */
public record PostingNotice(LocalDate postedFrom, LocalDate postedUntil, List<String> placesVi, boolean recorded) {

    /**
     * The posting period printed when none was recorded, in calendar days counted from the listing date. DOMAIN.md
     * and the programme plan set no number; 15 days leaves room for the complaints that the grievance register
     * receives within the posting period <i>(check against the province's rule)</i>.
     */
    public static final int DEFAULT_POSTING_DAYS = 15;

    /**
     * Checks the period and copies the places.
     *
     * @throws KetnghiaException {@link PrintErrorCode#PRINT_POSTING_PERIOD_INVERTED} if the period ends before it
     *     starts
     */
    public PostingNotice {
        requireNonNull(postedFrom, "postedFrom");
        requireNonNull(postedUntil, "postedUntil");
        placesVi = List.copyOf(placesVi);
        if (postedUntil.isBefore(postedFrom)) {
            throw KetnghiaException.of(PrintErrorCode.PRINT_POSTING_PERIOD_INVERTED, "postedUntil", postedFrom,
                    postedUntil);
        }
        if (placesVi.isEmpty()) {
            placesVi = List.of(PostingPlaceKind.COMMUNE_OFFICE.label().vi());
        }
    }

    /** The default notice: {@value #DEFAULT_POSTING_DAYS} days from {@code listingDate} at the commune office. */
    public static PostingNotice byDefault(LocalDate listingDate) {
        requireNonNull(listingDate, "listingDate");
        return new PostingNotice(listingDate, listingDate.plusDays(DEFAULT_POSTING_DAYS - 1L),
                List.of(PostingPlaceKind.COMMUNE_OFFICE.label().vi()), false);
    }

    /**
     * The notice of the commune's list as of {@code listingDate}: the latest posting of a support list of that
     * date recorded for the commune (or for a commune it carries on after a merger), else {@link #byDefault}.
     */
    public static PostingNotice of(GrievanceRegister postings, String communeCode, LocalDate listingDate,
            AdministrativeRegistry units) {
        requireNonNull(postings, "postings");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(listingDate, "listingDate");
        requireNonNull(units, "units");
        Optional<ListPosted> posted = postings.postingsOf(communeCode, listingDate, units).stream()
                .map(posting -> posting.posted().event())
                .filter(event -> event.listKind() == PublicListKind.SUPPORT && event.listAsOf().equals(listingDate))
                .max(Comparator.comparing(ListPosted::postedFrom));
        return posted.map(event -> new PostingNotice(event.postedFrom(), event.postedUntil(),
                event.places().stream().map(place -> placeVi(place, units, listingDate)).toList(), true))
                .orElseGet(() -> byDefault(listingDate));
    }

    /** The number of days posted, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(postedFrom, postedUntil) + 1;
    }

    private static String placeVi(PostingPlace place, AdministrativeRegistry units, LocalDate date) {
        String kind = place.descriptionVi().orElse(place.kind().label().vi());
        return place.villageCode().flatMap(code -> units.unitAsOf(code, date).or(() -> units.unit(code)))
                .map(AdministrativeUnit::name).map(village -> kind + " " + village).orElse(kind);
    }
}
