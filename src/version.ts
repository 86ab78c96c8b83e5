// The version of clustersim, as in package.json (tests/version.test.ts keeps the two equal).
export const VERSION = '0.1.0';
