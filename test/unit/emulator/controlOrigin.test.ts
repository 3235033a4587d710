import { isLoopbackOrigin } from '../../../src/emulator/controlOrigin';

describe('control endpoints: which origins count as this machine', () => {
  it.each([
    'https://localhost:3000',
    'http://localhost',
    'http://127.0.0.1:4000',
    'https://127.0.0.1:8443',
    'http://[::1]:5173',
    'HTTPS://LOCALHOST:3000',
  ])('accepts %s', (origin) => {
    expect(isLoopbackOrigin(origin)).toBe(true);
  });

  it.each([
    'https://evil.example',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io:4000',
    'http://localhost@evil.example',
    'http://192.168.1.20:3000',
    'http://[::2]:3000',
    'file://localhost',
    'null',
    '',
    'http://localhost:3000, https://evil.example',
  ])('refuses %j', (origin) => {
    expect(isLoopbackOrigin(origin)).toBe(false);
  });
});
