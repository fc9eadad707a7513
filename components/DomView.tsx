import { useEffect, useRef } from 'preact/hooks';

/** Shows DOM built by the shared builders (guide-dom.ts) inside a Preact page. */
export function DomView(props: { build: () => Node; deps: readonly unknown[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    host.replaceChildren(props.build());
  }, props.deps);
  return <div ref={ref} />;
}
