package org.ketnghia.livestock.passon;

/** What a household passes on. */
public enum PassOnKind {
    /** Offspring of the animals received (<i>con giống sinh ra</i>). */
    OFFSPRING,
    /** The mother received, returned once her offspring reaches the policy's age (<i>trả lại con mẹ</i>). */
    MOTHER
}
