import { render } from '@testing-library/react';
import { parseConfig } from '../../../src/config/config';
import type { Gateway } from '../../../src/graph/gateway';
import type { Organiser } from '../../../src/graph/meGateway';
import type { HostContext } from '../../../src/office/officeHost';
import { App } from '../../../src/taskpane/App';

export const testConfig = parseConfig({
  mode: 'emulator',
  graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
  site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
  distributionList: 'vernetzung-ehrenamt@landkreis-northeim.de',
});

export const organiser: Organiser = {
  id: 'u1',
  displayName: 'Miriam Albers',
  mail: 'miriam.albers@landkreis-northeim.de',
  jobTitle: 'Koordinierungsstelle für Migration und Teilhabe',
};

export interface FakeGatewayOptions {
  getOrganiser?: () => Promise<Organiser>;
}

/** A typed fake of the gateway: the pane only ever sees domain types. */
export function fakeGateway(options: FakeGatewayOptions = {}): Gateway {
  return { me: { getOrganiser: options.getOrganiser ?? (() => Promise.resolve(organiser)) } };
}

export function renderPane(gateway: Gateway = fakeGateway(), host: Partial<HostContext> = {}) {
  const services = {
    config: testConfig,
    gateway,
    host: { inOffice: false, displayLanguage: 'de-DE', darkTheme: false, ...host },
  };
  return render(<App services={services} />);
}
