// `tsc` alone does not know `.astro` files (`astro check` does): component tests import them as
// component factories, which is what the Container API renders.
declare module "*.astro" {
  const Component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default Component;
}
