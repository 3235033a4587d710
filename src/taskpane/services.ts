import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/config';
import type { Gateway } from '../graph/gateway';
import type { HostContext } from '../office/officeHost';

/** What the composition root hands to the pane. Components never create adapters themselves. */
export interface Services {
  config: AppConfig;
  host: HostContext;
  gateway: Gateway;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing: render inside <App>.');
  return services;
}
