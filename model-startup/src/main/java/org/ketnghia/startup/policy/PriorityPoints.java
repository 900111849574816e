package org.ketnghia.startup.policy;

/**
 * Points a start-up application earns at screening for each priority the plan names. Immutable.
 *
 * @param ethnicMinority the applicant (or its leader) belongs to an ethnic minority
 * @param unionMember the applicant (or its leader) is a member of the youth, women's or farmers' union
 * @param studentInArea a pupil or student living in the area
 * @param womanLed the applicant (or its leader, or the head of household) is a woman
 * @param disadvantagedParticipants more than the priority share of participating households are poor,
 *     near-poor, newly escaped or ethnic-minority
 */
public record PriorityPoints(int ethnicMinority, int unionMember, int studentInArea, int womanLed,
        int disadvantagedParticipants) {
}
