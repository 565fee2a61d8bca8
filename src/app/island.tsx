import type { ReactNode } from 'react';
import { type IslandName, type IslandProps, islands } from './islands';

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
  }
  return (
    <div className="island" data-island={name} data-props={JSON.stringify(props)}>
      {body}
    </div>
  );
}
