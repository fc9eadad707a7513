import { describe, expect, it } from 'vitest';
import isPotentialCustomElementName from '../../tooling/custom-element-name';

describe('the host-element name check that replaces is-potential-custom-element-name', () => {
  it('accepts the helper host name and other valid ASCII custom element names', () => {
    for (const name of ['make-it-safe-helper', 'a-b', 'x-1.2_3']) expect(isPotentialCustomElementName(name)).toBe(true);
  });

  it('rejects names the browser would refuse', () => {
    for (const name of ['div', 'Make-it', '1-a', '-ab', 'a b-c', '', 'make_it'])
      expect(isPotentialCustomElementName(name)).toBe(false);
  });
});
