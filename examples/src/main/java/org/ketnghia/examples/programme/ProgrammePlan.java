package org.ketnghia.examples.programme;

import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.twinning.SponsorKind;

/**
 * A programme file as Java: the programme, its mountain districts with pilot communes and villages,
 * sponsors, twinning agreements, funding pledges and one section per pilot model (kept as JSON:
 * each model binds its own section). Everything not in the official plan carries {@code
 * "illustrative": true}. Immutable once read.
 *
 * @param description what the file is and where its facts come from
 * @param programme the programme itself
 * @param districts the mountain districts and their pilot communes
 * @param sponsors the sponsors (<i>đơn vị kết nghĩa</i>)
 * @param agreements the twinning agreements
 * @param pledges the funding pledges and their receipts
 * @param modelNotes per model id, whether its section is illustrative and why (the sections themselves
 *     belong to the models, which accept only their own fields)
 * @param models one section per pilot model id, in file order
 */
public record ProgrammePlan(String description, Programme programme, List<District> districts, List<SponsorEntry> sponsors,
        List<AgreementEntry> agreements, List<PledgeEntry> pledges, List<HeldFund> heldFunds, List<ReplicationEntry> replications,
        Map<String, ModelNote> modelNotes, Map<String, JsonNode> models) {

    /** Replaces missing lists by empty ones. */
    public ProgrammePlan {
        districts = List.copyOf(requireNonNullElse(districts, List.of()));
        sponsors = List.copyOf(requireNonNullElse(sponsors, List.of()));
        agreements = List.copyOf(requireNonNullElse(agreements, List.of()));
        pledges = List.copyOf(requireNonNullElse(pledges, List.of()));
        heldFunds = List.copyOf(requireNonNullElse(heldFunds, List.of()));
        replications = List.copyOf(requireNonNullElse(replications, List.of()));
        modelNotes = modelNotes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modelNotes));
        models = models == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }

    /** Every pilot commune of every district, in file order. */
    public List<PilotCommune> pilotCommunes() {
        return districts.stream().flatMap(district -> district.pilotCommunes().stream()).toList();
    }

    /** The district that lists {@code communeCode} as a pilot commune. */
    public Optional<District> districtOf(String communeCode) {
        return districts.stream()
                .filter(district -> district.pilotCommunes().stream().anyMatch(c -> c.code().equals(communeCode)))
                .findFirst();
    }

    /** The sponsor with {@code id}. */
    public Optional<SponsorEntry> sponsor(String id) {
        return sponsors.stream().filter(sponsor -> sponsor.id().equals(id)).findFirst();
    }

    /**
     * A remark on a model's section.
     *
     * @param illustrative whether the section's figures are assumptions rather than the plan's
     * @param note why, in Vietnamese
     * @param stateBudgetPercent the share of the model's estimate the state budget is expected to pay (<i>ngân
     *     sách nhà nước</i>), 0 to 100; the rest is mobilised (<i>huy động, xã hội hóa</i>). Null: not said (0)
     */
    public record ModelNote(boolean illustrative, String note, Integer stateBudgetPercent) {

        /** The state budget's share in per cent, 0 when the file does not say. */
        public int stateBudgetPercentOrZero() {
            return stateBudgetPercent == null ? 0 : stateBudgetPercent;
        }
    }

    /**
     * The programme: identity, legal basis, province, first day and length.
     *
     * @param id stable id
     * @param titleVi Vietnamese title
     * @param titleEn English title
     * @param provinceCode the province's unit code
     * @param decision the decision that issued the plan
     * @param start first day of programme year 1
     * @param years programme length in years (the plan: 5)
     * @param startIllustrative whether the start date is an assumption
     * @param provincePack the province data pack the programme runs in: {@code classpath:<folder>} or a
     *     folder relative to the programme file; null when the host names it
     * @param legalBases the acts the plan is based on (<i>căn cứ</i>), each with its date: nothing of the
     *     programme may be dated before the latest of them
     * @param coordinator the body that coordinates the programme (<i>cơ quan thường trực</i>, e.g. Ban
     *     Dân tộc tỉnh); it is not a sponsor
     * @param targets the plan's physical targets (<i>chỉ tiêu</i>), for the programme or per unit
     * @param norms spending norms of the programme, on top of (and replacing by key) the province pack's
     * @param settlementPeriodEnds the last days of settlement periods (<i>kỳ quyết toán</i>) before the
     *     final one at the programme's end
     */
    public record Programme(String id, String titleVi, String titleEn, String provinceCode, String decision,
            LocalDate start, int years, boolean startIllustrative, String provincePack, List<LegalBasis> legalBases,
            String coordinator, List<TargetEntry> targets, List<NormEntry> norms, List<LocalDate> settlementPeriodEnds) {

        /** Defaults for the lists a programme file may leave out. */
        public Programme {
            legalBases = List.copyOf(requireNonNullElse(legalBases, List.of()));
            targets = List.copyOf(requireNonNullElse(targets, List.of()));
            norms = List.copyOf(requireNonNullElse(norms, List.of()));
            settlementPeriodEnds = List.copyOf(requireNonNullElse(settlementPeriodEnds, List.of()));
        }

        /** The latest date of the legal bases; empty if none is given. */
        public Optional<LocalDate> latestLegalBasis() {
            return legalBases.stream().map(LegalBasis::issuedOn).filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
        }

        /** The last day of the programme. */
        public LocalDate lastDay() {
            return start.plusYears(years).minusDays(1);
        }
    }

    /**
     * An act the plan is based on (<i>căn cứ pháp lý</i>).
     *
     * @param act its number and kind, e.g. "Quyết định số 3651/QĐ-UBND"
     * @param issuedOn the day it was issued
     * @param issuer who issued it, e.g. "UBND tỉnh"
     * @param subject what it is about, in Vietnamese
     */
    public record LegalBasis(String act, LocalDate issuedOn, String issuer, String subject) {

        /** The act as the plan cites it: "Quyết định số 3651/QĐ-UBND ngày 13/12/2021 của UBND tỉnh". */
        public String citation() {
            return act + (issuedOn == null ? "" : " ngày " + issuedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    + (issuer == null || issuer.isBlank() ? "" : " của " + issuer);
        }
    }

    /**
     * A physical target of the plan (<i>chỉ tiêu</i>).
     *
     * @param indicatorId the indicator, as the model declares it
     * @param unitCode the unit it is set for; null for the whole programme
     * @param value the value to reach
     * @param illustrative whether the figure is an assumption rather than the plan's
     */
    public record TargetEntry(String indicatorId, String unitCode, long value, boolean illustrative) {
    }

    /**
     * A spending norm of the programme (<i>định mức</i>).
     *
     * @param key the norm's key, model id first
     * @param amount the amount per unit
     * @param unit what the amount is for
     * @param legalBasis the act that sets it
     */
    public record NormEntry(String key, Money amount, String unit, String legalBasis) {
    }

    /**
     * A mountain district and its pilot communes.
     *
     * @param code unit code
     * @param name Vietnamese name
     * @param pilotCommunes the communes chosen for the pilot
     * @param illustrative whether the commune choice is an assumption
     */
    public record District(String code, String name, List<PilotCommune> pilotCommunes, boolean illustrative) {
        /** Replaces a missing list by an empty one. */
        public District {
            pilotCommunes = List.copyOf(requireNonNullElse(pilotCommunes, List.of()));
        }
    }

    /**
     * A pilot commune with its villages (<i>thôn</i>), which the reference data does not hold.
     *
     * @param code unit code
     * @param ethnicity the main ethnic group, for simulated households
     * @param villages villages to add to the administrative units
     */
    public record PilotCommune(String code, String ethnicity, List<Village> villages) {
        /** Replaces a missing list by an empty one. */
        public PilotCommune {
            villages = List.copyOf(requireNonNullElse(villages, List.of()));
        }
    }

    /**
     * A village (<i>thôn</i>) of a pilot commune (illustrative names).
     *
     * @param code unit code, under the commune's code
     * @param name Vietnamese name
     */
    public record Village(String code, String name) {
    }

    /**
     * A sponsor.
     *
     * @param id stable id
     * @param name official name
     * @param kind department, lowland locality, enterprise …
     * @param localityUnitCode the unit of a lowland locality
     * @param illustrative whether the sponsor is an assumption
     */
    public record SponsorEntry(String id, String name, SponsorKind kind, Optional<String> localityUnitCode,
            boolean illustrative) {
        /** Replaces a missing optional. */
        public SponsorEntry {
            localityUnitCode = localityUnitCode == null ? Optional.empty() : localityUnitCode;
        }
    }

    /**
     * A twinning agreement (<i>thỏa thuận kết nghĩa</i>).
     *
     * @param id stable id
     * @param recipientUnitCode the district or commune twinned
     * @param sponsorIds the sponsors
     * @param modelIds the pilot models chosen (at least 2 of the 4)
     * @param signedOn the day it takes effect
     * @param illustrative whether it is an assumption
     * @param note free remark
     */
    public record AgreementEntry(String id, String recipientUnitCode, List<String> sponsorIds, List<String> modelIds,
            LocalDate signedOn, boolean illustrative, Optional<String> note) {
        /** Replaces missing parts. */
        public AgreementEntry {
            sponsorIds = List.copyOf(requireNonNullElse(sponsorIds, List.of()));
            modelIds = List.copyOf(requireNonNullElse(modelIds, List.of()));
            note = note == null ? Optional.empty() : note;
        }
    }

    /**
     * A pledge (<i>cam kết hỗ trợ</i>) of a sponsor to a commune's fund for one model, and the money received on it.
     *
     * @param id stable id
     * @param sponsorId the sponsor
     * @param communeCode the commune whose fund receives it
     * @param modelId the pilot model it is for
     * @param activity the activity within the model it is earmarked for (e.g. a village's criterion); null for none
     * @param amount pledged amount
     * @param pledgedOn the day of the pledge
     * @param receipts the instalments received
     * @param illustrative whether it is an assumption
     */
    public record PledgeEntry(String id, String sponsorId, String communeCode, String modelId, String activity, Money amount,
            LocalDate pledgedOn, List<ReceiptEntry> receipts, boolean illustrative) {
        /** Replaces a missing list. */
        public PledgeEntry {
            receipts = List.copyOf(requireNonNullElse(receipts, List.of()));
        }
    }

    /**
     * An instalment received on a pledge.
     *
     * @param receivedOn the day the money reached the commune's fund
     * @param amount the amount
     */
    public record ReceiptEntry(LocalDate receivedOn, Money amount) {
    }

    /**
     * Money from a source other than the sponsors' pledges — the state budget, an integrated programme — held by
     * a commune or by a body above it (<i>kinh phí do cơ quan cấp tỉnh, cấp huyện quản lý</i>): e.g. the part of
     * the provincial monitoring budget Ban Dân tộc uses for checks, a district office's fund, or the budget a
     * commune receives for training its officials. Received from its source and spent under the same rules as a
     * commune's fund, by the spending listed here or by the traces.
     *
     * @param id the receipt's id
     * @param unitCode the province or district body holding it
     * @param modelId what it is for: a model id, or {@code "monitoring"} for checks and supervision
     * @param activity the activity it is earmarked for within the model (e.g. a village's criterion); null for none
     * @param sourceId the funding source's id
     * @param sourceName the source's name
     * @param sourceKind the kind of source (usually the state budget)
     * @param amount the amount received
     * @param receivedOn the day received
     * @param spending what was spent from it
     * @param illustrative whether the figures are assumptions
     */
    public record HeldFund(String id, String unitCode, String modelId, String activity, String sourceId, String sourceName,
            org.ketnghia.core.funding.FundingSourceKind sourceKind, Money amount, LocalDate receivedOn, List<SpendingEntry> spending,
            boolean illustrative) {
        public HeldFund {
            spending = List.copyOf(requireNonNullElse(spending, List.of()));
        }
    }

    /**
     * A payment from a held fund.
     *
     * @param on the day paid
     * @param amount the amount
     * @param descriptionVi what was paid for
     * @param documentReference the voucher (<i>chứng từ</i>)
     */
    public record SpendingEntry(LocalDate on, Money amount, String descriptionVi, String documentReference) {
    }

    /**
     * A model taken up beyond the pilot (<i>nhân rộng mô hình</i>).
     *
     * @param id stable id
     * @param modelId the model
     * @param unitCode the commune or village that took it up
     * @param on the day it was recorded
     * @param learntFrom the pilot it was learnt from, if said
     * @param households households taking part
     * @param fundedBy who pays
     * @param descriptionVi what was replicated
     * @param illustrative whether it is an assumption
     */
    public record ReplicationEntry(String id, String modelId, String unitCode, LocalDate on, String learntFrom, int households,
            String fundedBy, String descriptionVi, boolean illustrative) {
    }
}
