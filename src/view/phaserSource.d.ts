// Phaser's source modules (CommonJS, untyped) used by phaserLean.ts.
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}
