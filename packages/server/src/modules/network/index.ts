/** Networks: a hub organization and the member organizations it coordinates. */
export { networkRoutes } from './network.routes';
export { getNetwork } from './network.service';
