package org.ketnghia.core.disclosure;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * What the ledger of support keeps of one household (<i>thông tin công khai của hộ</i>): its public facts from the
 * day they hold, and its poverty categories by year. One object per household rather than a tree map of facts and a
 * history of categories in two maps: a province has hundreds of thousands of households, whose head and village
 * almost never change, so the facts are kept without a map until they do — three objects fewer a household to keep
 * and to collect, and one map look-up per event instead of two.
 *
 * <p>The facts answer as a {@link TreeMap} by day would ({@link #put}, {@link #latest}, {@link #on}).
 *
 * <p>Mutable, not thread-safe: the ledger of support is used under its ledger's lock.
 *
 * @param <F> the facts
 * @param <C> a category as decided
 */
final class PublicHousehold<F, C> {

    /** The day the only facts hold from, while they never changed ({@code history} is {@code null}). */
    private LocalDate onlyFrom;
    private F only;
    /** The facts by the day they hold from, once there are facts from two days; {@code null} before. */
    private TreeMap<LocalDate, F> history;
    /** The categories by year; {@code null} until the first. */
    private YearHistory<C> categories;

    /** Keeps {@code facts} from {@code from}, replacing facts from the same day. */
    void put(LocalDate from, F facts) {
        if (history == null) {
            if (only == null || onlyFrom.equals(from)) {
                onlyFrom = from;
                only = facts;
                return;
            }
            history = new TreeMap<>();
            history.put(onlyFrom, only);
            onlyFrom = null;
            only = null;
        }
        history.put(from, facts);
    }

    /** The facts from the latest day; {@code null} when there are none. */
    F latest() {
        return history == null ? only : history.lastEntry().getValue();
    }

    /** The facts that hold on {@code date}; {@code null} when none do yet. */
    F on(LocalDate date) {
        if (history == null) {
            return only != null && !onlyFrom.isAfter(date) ? only : null;
        }
        Map.Entry<LocalDate, F> entry = history.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }

    /** Gives every facts kept with the day they hold from, earliest first. */
    void forEachFacts(BiConsumer<LocalDate, F> action) {
        if (history != null) {
            history.forEach(action);
        } else if (only != null) {
            action.accept(onlyFrom, only);
        }
    }

    /** Adds a category decided for {@code year}, after those already added for it. */
    void addCategory(int year, C category) {
        if (categories == null) {
            categories = new YearHistory<>();
        }
        categories.add(year, category);
    }

    /** The categories by year; {@code null} when none was added. */
    YearHistory<C> categories() {
        return categories;
    }
}
