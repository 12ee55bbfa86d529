/** Participation: an organization's rules for registration, insurance checks, workload and reminders. */
export { participationRoutes } from './participation.routes';
export { getParticipationSettings } from './participation.service';
