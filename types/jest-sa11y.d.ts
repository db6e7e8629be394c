// `toBeAccessible()` from @sa11y/jest, registered in jest.setup.js.
declare namespace jest {
  interface Matchers<R> {
    /** Runs axe-core on the element (and its shadow trees) and fails on any violation. */
    toBeAccessible(): Promise<R>;
  }
}
