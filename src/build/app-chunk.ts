/**
 * Build time: the one chunk every page loads holds what is reachable from an entry through
 * static imports. What the code loads with import() — the poster maker, the display, the
 * share panel, the content modules, and whatever only they use, such as the QR encoder —
 * stays out, in chunks of its own. So a lazy feature is named where it is loaded, in code,
 * and needs no change to the build config.
 */

interface GraphInfo {
  isEntry: boolean;
  importers: readonly string[];
}

type ModuleGraph = (id: string) => GraphInfo | null;

/** A rolldown code-splitting group: "app" for every module loaded at start, none for the rest. */
export function appChunkGroup() {
  const eager = new Map<string, boolean>();
  const isEager = (id: string, graph: ModuleGraph): boolean => {
    const seen = new Set<string>();
    const reaches = (module: string): boolean => {
      const known = eager.get(module);
      if (known !== undefined) return known;
      if (seen.has(module)) return false;
      seen.add(module);
      const info = graph(module);
      const found = !!info && (info.isEntry || info.importers.some(reaches));
      if (found) eager.set(module, true);
      return found;
    };
    const found = reaches(id);
    // No entry above any module seen: none of them is loaded at start.
    if (!found) for (const module of seen) eager.set(module, false);
    return found;
  };
  return {
    debugName: 'app',
    name: (id: string, ctx: { getModuleInfo: ModuleGraph }) =>
      // Stylesheets are left to Vite, which gives each chunk its own CSS file.
      !/\.css(?:$|\?)/.test(id) && isEager(id, (module) => ctx.getModuleInfo(module)) ? 'app' : null,
  };
}
