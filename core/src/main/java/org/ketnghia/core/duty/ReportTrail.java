package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of one report owed (<i>hồ sơ một kỳ báo cáo</i>): every submission and decision in the order
 * recorded. Acts are never edited: a correction is a return or a reopening followed by a new submission.
 *
 * <p>Queries return immutable values. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class ReportTrail {

    private final String programmeId;
    private final Optional<String> dutyId;
    private final Optional<String> requestId;
    private final String periodKey;
    private final Reporter reporter;
    private final List<ReportAct> acts = new ArrayList<>();

    ReportTrail(String programmeId, Optional<String> dutyId, Optional<String> requestId, String periodKey, Reporter reporter) {
        this.programmeId = programmeId;
        this.dutyId = dutyId;
        this.requestId = requestId;
        this.periodKey = periodKey;
        this.reporter = reporter;
    }

    void add(ReportAct act) {
        acts.add(act);
    }

    /** The programme. */
    public String programmeId() {
        return programmeId;
    }

    /** The duty answered, if it is a calendar duty. */
    public Optional<String> dutyId() {
        return dutyId;
    }

    /** The request answered, if it is an ad-hoc request. */
    public Optional<String> requestId() {
        return requestId;
    }

    /** The period's key. */
    public String periodKey() {
        return periodKey;
    }

    /** Who reports. */
    public Reporter reporter() {
        return reporter;
    }

    /** Every act, in the order recorded. */
    public List<ReportAct> acts() {
        return List.copyOf(acts);
    }

    /** The last act recorded. */
    public Optional<ReportAct> lastAct() {
        return acts.isEmpty() ? Optional.empty() : Optional.of(acts.get(acts.size() - 1));
    }

    /** The last act dated on or before {@code date}. */
    public Optional<ReportAct> lastActOn(LocalDate date) {
        requireNonNull(date, "date");
        ReportAct last = null;
        for (ReportAct act : acts) {
            if (!act.date().isAfter(date)) {
                last = act;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The status on {@code date}: that of the last act by then, or {@link ReportStatus#DUE}. */
    public ReportStatus statusOn(LocalDate date) {
        return lastActOn(date).map(ReportAct::status).orElse(ReportStatus.DUE);
    }

    /** The status after every act recorded. */
    public ReportStatus status() {
        return lastAct().map(ReportAct::status).orElse(ReportStatus.DUE);
    }

    /** The latest submission. */
    public Optional<ReportAct> latestSubmission() {
        for (int i = acts.size() - 1; i >= 0; i--) {
            if (acts.get(i).isSubmission()) {
                return Optional.of(acts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The date of the first submission on or before {@code date}. */
    public Optional<LocalDate> firstSubmittedOn(LocalDate date) {
        requireNonNull(date, "date");
        return acts.stream().filter(ReportAct::isSubmission).map(ReportAct::date).filter(day -> !day.isAfter(date)).min(LocalDate::compareTo);
    }
}
