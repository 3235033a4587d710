import { ConfigError, emulatorOverride, parseConfig } from '../../../src/config/config';

const emulator = {
  mode: 'emulator',
  graphBaseUrl: 'http://localhost:4000/v1.0/',
  site: 'landkreisnortheim.sharepoint.com:/sites/Integration',
  distributionList: 'vernetzung-ehrenamt@landkreis-northeim.de',
};

describe('parseConfig', () => {
  it('accepts the emulator defaults and trims the base URL', () => {
    const config = parseConfig(emulator);
    expect(config.graphBaseUrl).toBe('http://localhost:4000/v1.0');
    expect(config.listName).toBe('Vernetzungstreffen');
  });

  it('lists every problem of a tenant configuration in German', () => {
    expect(() => parseConfig({ mode: 'tenant', graphBaseUrl: 'http://graph.example/v1.0' })).toThrow(ConfigError);
    try {
      parseConfig({ mode: 'tenant', graphBaseUrl: 'http://graph.example/v1.0' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join(' | ');
      expect(problems).toContain('graphBaseUrl muss eine https-Adresse sein');
      expect(problems).toContain('clientId');
      expect(problems).toContain('site muss die Form');
      expect(problems).toContain('distributionList');
    }
  });

  it('accepts a complete tenant configuration', () => {
    const config = parseConfig({
      ...emulator,
      mode: 'tenant',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    });
    expect(config.mode).toBe('tenant');
  });
});

describe('emulatorOverride', () => {
  const config = parseConfig(emulator);

  it('points the emulator build at another loopback port', () => {
    expect(emulatorOverride(config, '?emulator=http://127.0.0.1:51234').graphBaseUrl).toBe(
      'http://127.0.0.1:51234/v1.0',
    );
  });

  it('ignores hosts that are not loopback, and every override in tenant mode', () => {
    expect(emulatorOverride(config, '?emulator=http://evil.example:80').graphBaseUrl).toBe(config.graphBaseUrl);
    const tenant = { ...config, mode: 'tenant' as const };
    expect(emulatorOverride(tenant, '?emulator=http://127.0.0.1:1').graphBaseUrl).toBe(config.graphBaseUrl);
  });
});
