/**
 * Pathway plan screens: the step-by-step flow the young person and their adviser fill in together on a tablet, the
 * manager's review, the printable summary and the section on the young person's record.
 */
@NullMarked
package org.waypoint.pathway.ui;

import org.jspecify.annotations.NullMarked;
