const defined = new WeakSet<CustomElementConstructor>();

/**
 * Registers `ctor` under `tag`. A tag that is already defined is left as it is, with a
 * console warning instead of the exception `customElements.define` throws: pages often load
 * a kit twice (a CDN tag and a bundle). A class already registered under another name is
 * registered as a subclass, since the registry takes each constructor once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(tag)) {
    console.warn(`civic-report-kit: <${tag}> is already defined; this definition is ignored.`);
    return;
  }
  // Registered already, by this function or by the page's own customElements.define.
  const taken = defined.has(ctor) || !!registry.getName?.(ctor);
  const toDefine = taken ? class extends (ctor as typeof HTMLElement) {} : ctor;
  registry.define(tag, toDefine);
  defined.add(ctor);
  defined.add(toDefine);
}
