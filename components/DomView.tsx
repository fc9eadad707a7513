import { useEffect, useRef } from 'preact/hooks';

/**
 * Shows DOM built by the shared builders (guide-dom.ts) inside a Preact page. `keep` carries what
 * the person opened in the old DOM over to the new one when it is built again.
 */
export function DomView(props: {
  build: () => Element | DocumentFragment;
  deps: readonly unknown[];
  keep?: (before: ParentNode, after: ParentNode) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const next = props.build();
    props.keep?.(host, next);
    host.replaceChildren(next);
  }, props.deps);
  return <div ref={ref} />;
}
