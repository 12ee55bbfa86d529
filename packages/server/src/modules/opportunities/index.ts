/**
 * Opportunities (activities): what volunteers can do, their dated shifts and
 * roles, recurring series, the public catalogue and calendar feeds.
 */
export { opportunitiesRoutes } from './opportunities.routes';
export const SERIES_EXTEND_JOB = 'shifts.extend-series';
export {
  extendSeries,
  findOpportunities,
  findOpportunity,
  findOpportunityAnywhere,
  findRole,
  findRoles,
  findShift,
  findShiftAnywhere,
  findShifts,
  getOpportunity,
  markOpportunityCancelled,
  markShiftCancelled,
  type OpportunityRow,
  requiredSkillsOf,
  rolesOfShift,
  type ShiftRoleRow,
  type ShiftRow,
  upcomingShiftsForUpdate,
} from './opportunities.service';
