/**
 * Pilot model 3 of the twinning programme, training and capacity building for grassroots officials
 * (<i>bồi dưỡng chuyên môn nghiệp vụ cho cán bộ cơ sở</i>): its entry class {@link
 * org.ketnghia.training.TrainingModel} and its {@link org.ketnghia.training.TrainingConfiguration},
 * which hosts add to a runtime ({@code KetnghiaRuntime.builder().addModel(new
 * TrainingModel(configuration))}) or install through {@code
 * org.ketnghia.training.guice.TrainingModule}.
 */
package org.ketnghia.training;
