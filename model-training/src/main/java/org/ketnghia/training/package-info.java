/**
 * Pilot model 3 of the twinning programme, training and capacity building for grassroots officials
 * (<i>bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ sở</i>): its entry class {@link
 * org.ketnghia.training.TrainingModel}, which hosts add to a runtime or install through {@code
 * org.ketnghia.training.guice.TrainingModule}.
 */
package org.ketnghia.training;
