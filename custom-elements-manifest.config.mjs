// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc, with Lit support.
// Read by Storybook's docs (setCustomElementsManifest) and by the package build.
// `npm run analyze` writes it; Storybook regenerates it on every start and build.
import { parsedTypes } from './scripts/cem-parsed-types.mjs';

/**
 * verikit registers tags through `defineElement('vk-x', VkX)` (a guarded define), which the
 * analyzer does not know: link each tag to its class and record the definition export.
 */
function verikitDefineElement() {
  const definitions = [];
  return {
    name: 'verikit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (tag && ts.isStringLiteral(tag) && element && ts.isIdentifier(element)) {
        definitions.push({ tag: tag.text, className: element.text, registerModule: moduleDoc });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, registerModule } of definitions) {
        const home = customElementsManifest.modules.find((module) =>
          (module.declarations ?? []).some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        const declaration = home?.declarations.find((candidate) => candidate.name === className);
        if (!home || !declaration) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        registerModule.exports ??= [];
        if (!registerModule.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
          registerModule.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } });
        }
      }
    },
  };
}

/** The manifest documents the public API only: no `#private`, TypeScript private/protected or static members. */
function publicMembersOnly() {
  return {
    name: 'verikit-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
          );
        }
      }
    },
  };
}

export default {
  // The base classes too, so inherited members (name, required, disabled…) are documented.
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts', 'src/core/form-control.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [verikitDefineElement(), publicMembersOnly(), parsedTypes()],
};
