package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

/**
 * A link from a page of the site to a file written beside it, such as a forecast's workbook.
 *
 * @param labelVi what the link says, e.g. "Excel"
 * @param path the file, relative to the site's root ({@code forecast-2025-01-01/forecast.xlsx}, or {@code
 *     ../compare/compare.xlsx} for a folder beside the site), with {@code /} between folders
 */
public record SiteLink(String labelVi, String path) {

    /** Checks that no part is missing. */
    public SiteLink {
        requireNonNull(labelVi, "labelVi");
        requireNonNull(path, "path");
    }
}
