package org.ketnghia.startup.policy;

/**
 * The keys of the programme's spending norms (<i>định mức chi</i>, {@link
 * org.ketnghia.core.programme.SpendingNorm}) that the start-up model reads when a programme is declared in the
 * ledger. A norm that the programme does not set is not checked.
 */
public final class StartupNorms {

    /**
     * The most support one project may be approved (<i>mức hỗ trợ tối đa cho một dự án khởi nghiệp</i>), unit
     * {@code "dự án"}: an approval above it needs a justification ({@link
     * org.ketnghia.startup.project.ApprovalFacts#aboveNormJustification()}). Read for the approving commune on the
     * approval date.
     */
    public static final String SUPPORT_PER_PROJECT = "startup.support-per-project";

    private StartupNorms() {
    }
}
