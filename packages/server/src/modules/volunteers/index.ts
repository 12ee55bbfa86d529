/**
 * Volunteers: a person's record in each organization (one account across
 * organizations), skills, consents, registration, duplicates and roster CSV.
 */

export { assertSkillsExist, listSkills } from './skills.service';
export { volunteersRoutes } from './volunteers.routes';
export {
  activeVolunteerIds,
  contactWithdrawn,
  findVolunteerByAccount,
  insertVolunteer,
  organizationToday,
  skillIdsOfVolunteer,
  staffRecorder,
  type VolunteerRecord,
  volunteerBasics,
  volunteersOfAccount,
} from './volunteers.service';
