package org.ketnghia.examples.cli;

import picocli.CommandLine.Option;

/**
 * The options naming one data subject (<i>chủ thể dữ liệu</i>) and the unit it belongs to, shared by the commands that
 * act on one person's data ({@code erase}, {@code subject-export}).
 */
final class DataSubjectOptions {

    @Option(names = "--subject", required = true, paramLabel = "KIND:ID", description = "household:<mã hộ> | person:<mã>")
    String subject;

    @Option(names = "--unit", required = true, paramLabel = "CODE", description = "Đơn vị hành chính của chủ thể / the subject's unit")
    String unitCode;
}
