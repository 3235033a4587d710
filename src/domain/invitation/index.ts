export * from './invitation';
export * from './replies';
