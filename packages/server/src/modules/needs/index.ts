/**
 * Needs: intake (by coordinators and a public request page), recipients with
 * consents and sensitive notes, the case lifecycle with its timeline,
 * resource lines (volunteers' time, referrals, goods, money) and follow-up.
 */

export { applyTransition, moveNeedIn, type NeedActor } from './lifecycle.service';
export { needsRoutes } from './needs.routes';
export { getNeed, requireNeed, toNeed } from './needs.service';
export { requireRecipient } from './recipients.service';
export { addResourceLineIn, casesServedBy } from './resource-lines.service';
export { appendNeedTimelineEntry, type TimelineEntryInput } from './timeline.service';
