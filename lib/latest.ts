/**
 * For loads that can finish out of order: a language chosen, then another before the first one's
 * words came. Each request asks `begin()` when it starts; the function it gets back says whether
 * the request is still the latest one begun, so an older, slower result is not applied over a
 * newer choice.
 */
export function latestOnly(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}
