/**
 * Pilot model 2, start-up support (<i>hỗ trợ khởi nghiệp</i>) for women, youth and ethnic-minority
 * entrepreneurs of the mountain districts: the entry class {@link org.ketnghia.startup.StartupModel}
 * and the model's bilingual error codes. Features live in the subpackages: {@code catalogue},
 * {@code policy}, {@code project}, {@code screening}, {@code indicators}, {@code simulation} and
 * {@code guice}.
 */
package org.ketnghia.startup;
