package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.disclosure.PublicListing;

/**
 * A commune's public list as the site shows it.
 *
 * @param communeCode the commune's code, e.g. {@code "QNA.TAY-GIANG.A-XAN"}
 * @param listing the list itself
 * @param csvFile the CSV file written next to the site, relative to the output folder
 * @param textFile the text file written next to the site, relative to the output folder
 */
public record PublicList(String communeCode, PublicListing listing, String csvFile, String textFile) {

    /** Checks that no part is missing. */
    public PublicList {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(listing, "listing");
        requireNonNull(csvFile, "csvFile");
        requireNonNull(textFile, "textFile");
    }
}
