export * from './attendance';
export * from './differences';
export * from './htmlText';
export * from './lifecycle';
export * from './mail';
export * from './merge';
export * from './render';
export * from './validation';
