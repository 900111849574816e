/**
 * Pilot model 2, start-up support (<i>hỗ trợ khởi nghiệp</i>) for women, youth and ethnic-minority
 * entrepreneurs of the mountain districts: the entry class {@link org.ketnghia.startup.StartupModel}, its
 * {@link org.ketnghia.startup.StartupConfiguration} (named by the host; Quảng Nam's 2021 set is the
 * explicit {@code quangNam2021()}) and the model's bilingual error codes. Features live in the API
 * subpackages {@code catalogue}, {@code policy}, {@code project}, {@code screening}, {@code indicators},
 * {@code simulation} and {@code guice}; implementation lives in {@code internal} packages, which are not API.
 */
package org.ketnghia.startup;
