/** A .woff imported in src/documents is a webpack asset module: its value is the emitted file's URL. */
declare module '*.woff' {
  const url: string;
  export default url;
}
