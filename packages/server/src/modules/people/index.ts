/** People: accounts, memberships and roles, invitations, sessions from the person's side. */
export { createAccount, findAccountByEmail, loadPrincipal, setPassword, toAccount } from './accounts.service';
export {
  addMember,
  addMembershipDirectly,
  countMembersByRole,
  countMembersOfOrganizations,
  listMembers,
  setMembershipRole,
} from './members.service';
export { passwordsRoutes } from './passwords.routes';
export { accountNamesByIds, findAccountById, findMembership } from './people.repository';
export { peopleRoutes } from './people.routes';
export { sessionRoutes } from './session.routes';
export { signIn } from './sign-in';
