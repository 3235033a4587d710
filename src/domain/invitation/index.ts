export * from './event';
export * from './invitation';
export * from './members';
export * from './notices';
export * from './replies';
export * from './progress';
export * from './reminder';
