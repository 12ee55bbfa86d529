/**
 * Opportunities (activities): what volunteers can do, their dated shifts and
 * roles, recurring series, the public catalogue and calendar feeds.
 */
export { opportunitiesRoutes } from './opportunities.routes';
export {
  findOpportunities,
  findOpportunity,
  findOpportunityAnywhere,
  findRole,
  findRoles,
  findShift,
  findShiftAnywhere,
  findShifts,
  markShiftCancelled,
  type OpportunityRow,
  requiredSkillsOf,
  rolesOfShift,
  type ShiftRoleRow,
  type ShiftRow,
} from './opportunities.service';
