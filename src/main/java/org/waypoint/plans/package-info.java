/**
 * SMART plans (child in need, child protection, looked-after care plans) and the approval gate: no plan is approved
 * while an action lacks an owner or a due date, or the contingency or the child's views are missing. The rules are
 * plain classes ({@link org.waypoint.plans.ApprovalGate}, {@link org.waypoint.plans.ReviewSchedule},
 * {@link org.waypoint.plans.PlanWorkflow}, {@link org.waypoint.plans.PlainLanguage},
 * {@link org.waypoint.plans.Completeness}); {@link org.waypoint.plans.PlanService} applies them for every entry
 * point. See docs/decisions/0010-plans.md.
 */
@NullMarked
package org.waypoint.plans;

import org.jspecify.annotations.NullMarked;
