/** Volunteer activity insurance: plans, enrollments, cover on a date, the roster and renewals. */
export { insuranceRoutes } from './insurance.routes';
export { coverFor, coversOn, insuredOnCondition, listPlans, moveEnrollments } from './insurance.service';
