export * from './invitation';
export * from './replies';
export * from './progress';
export * from './reminder';
