/**
 * Volunteers: a person's record in each organization (one account across
 * organizations), skills, consents, registration, duplicates and roster CSV.
 */
export { volunteersRoutes } from './volunteers.routes';
export { activeVolunteerIds, volunteerBasics } from './volunteers.service';
