import { afterEach, expect } from 'vitest';
import { newOutsideRequests } from './launch';

// Every Firefox the tests launch sends what is not a fixture site to a recorder (launch.ts). The
// extension promises to make no request: after each test, whatever the recorder saw fails it.
afterEach(() => {
  expect(newOutsideRequests(), 'network requests from the extension (Firefox)').toEqual([]);
});
