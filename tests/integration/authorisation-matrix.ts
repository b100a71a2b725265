import { ASSESSMENT_ENTRIES } from "./matrix/assessments";
import { AUDIT_ENTRIES } from "./matrix/audit";
import { CHARTER_ENTRIES } from "./matrix/charters";
import { COACHING_ENTRIES } from "./matrix/coaching";
import { CONVERSATION_ENTRIES } from "./matrix/conversations";
import type { MatrixEntry } from "./matrix/core";
import { DASHBOARD_ENTRIES } from "./matrix/dashboard";
import { ENROLMENT_ENTRIES } from "./matrix/enrolment";
import { FEEDBACK_ENTRIES } from "./matrix/feedback";
import { FRAMEWORK_ENTRIES } from "./matrix/frameworks";
import { INDUCTION_ITEM_ENTRIES } from "./matrix/induction-items";
import { INDUCTION_TEMPLATE_ENTRIES } from "./matrix/induction-templates";
import { NOTIFICATION_ENTRIES } from "./matrix/notifications";
import { PEOPLE_ENTRIES } from "./matrix/people";
import { PLAN_ENTRIES } from "./matrix/plans";
import { PORTABILITY_ENTRIES } from "./matrix/portability";
import { PROFILE_ENTRIES } from "./matrix/profile";
import { ROLE_ENTRIES } from "./matrix/roles";
import { SIGN_IN_ENTRIES } from "./matrix/sign-in";

export * from "./matrix/core";

/**
 * THE AUTHORISATION MATRIX: every server action and route handler of the app, one file of
 * entries per area in ./matrix (how to write an entry: ./matrix/core.ts).
 */
export const AUTHORISATION_MATRIX: Record<string, MatrixEntry> = {
  ...SIGN_IN_ENTRIES,
  ...PEOPLE_ENTRIES,
  ...ROLE_ENTRIES,
  ...FRAMEWORK_ENTRIES,
  ...CHARTER_ENTRIES,
  ...ASSESSMENT_ENTRIES,
  ...INDUCTION_TEMPLATE_ENTRIES,
  ...ENROLMENT_ENTRIES,
  ...INDUCTION_ITEM_ENTRIES,
  ...NOTIFICATION_ENTRIES,
  ...CONVERSATION_ENTRIES,
  ...PLAN_ENTRIES,
  ...COACHING_ENTRIES,
  ...FEEDBACK_ENTRIES,
  ...PROFILE_ENTRIES,
  ...DASHBOARD_ENTRIES,
  ...PORTABILITY_ENTRIES,
  ...AUDIT_ENTRIES,
};
