import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { type IslandName, type IslandProps, islands } from './islands';
import type { LazyIsland } from './islands/lazy-island';

type AnyComponent = ComponentType<Record<string, unknown>>;

/**
 * A lazy island with nothing to prerender (listen, forget this device): nothing on the server.
 * In the browser this renders only where a whole route is rendered rather than its islands
 * hydrated (offline directory entries, render-route.tsx): it loads its module and shows it.
 */
function LazyBody({ load, props }: { load: () => Promise<unknown>; props: Record<string, unknown> }) {
  const [Component, setComponent] = useState<AnyComponent | null>(null);
  useEffect(() => {
    let current = true;
    void load().then((module) => current && setComponent(() => (module as LazyIsland<Record<string, unknown>>).default as AnyComponent));
    return () => {
      current = false;
    };
  }, [load]);
  return Component ? <Component {...props} /> : null;
}

/**
 * Marks an interactive part of a prerendered page. The server renders it like any other
 * component, inside an element that names the island and carries its props as JSON; in the
 * browser, src/app/mount-islands.tsx hydrates each such element on its own. Everything
 * outside islands stays static HTML. Props must be plain data (strings, ids, lang).
 * An eager island renders itself; a lazy one passes what the server renders as children.
 */
export function Island<N extends IslandName>({ name, props, children }: { name: N; props: IslandProps<N>; children?: ReactNode }) {
  const spec = islands[name];
  let body = children;
  if (body === undefined && 'component' in spec) {
    const Component = spec.component as unknown as (props: object) => ReactNode;
    body = <Component {...(props as object)} />;
  } else if (body === undefined && 'lazy' in spec) body = <LazyBody load={spec.lazy} props={props as Record<string, unknown>} />;
  return (
    <div className="island" data-island={name} data-props={JSON.stringify(props)}>
      {body}
    </div>
  );
}
